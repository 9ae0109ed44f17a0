// One child: its record and the grants (bevillinger) with every version,
// newest last, and the parents' lost-earnings awards. Caseworkers and admins
// correct the record, create a grant and add a version (a change of hours or
// wage from a date); versions are never edited, as the API refuses it. An
// award's parent's normal hours and holiday periods can be set (an award
// without the hours is held by the payout runs). Finance confirms an award's
// accounts under verification.
import { get, post, put } from "../api.js";
import { h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { awardForm, awardTermsForm, childForm, folded, grantForm, grantVersionForm, redrawingAfter } from "../forms.js";
import { confirmAccount, confirmsAccounts, section, writesRegister } from "../ui.js";

export async function childPage({ main, user, params }) {
  const child = await get(`/api/v1/children/${params.id}`);
  const [family, grants, awards] = await Promise.all([
    get(`/api/v1/families/${child.family_id}`),
    get(`/api/v1/children/${child.id}/grants`),
    get(`/api/v1/children/${child.id}/lost-earnings`),
  ]);
  const mayWrite = writesRegister(user);
  const saving = redrawingAfter(() => childPage({ main, user, params }));
  show(main,
    h("h1", {}, child.name),
    h("p", {}, "Familie: ", h("a", { href: `#/familie/${family.id}` }, family.name),
      `. CPR ${child.cpr}. Født ${fmt.date(child.birth_date)}.`),
    mayWrite ? folded("Ret barnets oplysninger", childForm(child, saving((body) => put(`/api/v1/children/${child.id}`, body)))) : null,
    grants.items.length === 0 ? h("p", {}, "Barnet har ingen bevillinger.") : null,
    grants.items.map((g) => section(`Bevilling ${g.decision_ref}`,
      h("p", {}, `Afgjort ${fmt.date(g.decision_date)}, gælder ${fmt.date(g.valid_from)} – ${g.valid_to ? fmt.date(g.valid_to) : "indtil videre"}.`),
      table(`Versioner af bevilling ${g.decision_ref}`, ["Fra", "Timer pr. uge", "Timeløn", "Faste beløb pr. måned", "Udgiftspuljer pr. år", "Note"],
        g.versions.map((v) => [fmt.date(v.effective_from), fmt.hours(v.weekly_hours), fmt.kroner(v.hourly_wage),
          v.fixed_lines.map((l) => `${l.purpose}: ${fmt.kroner(l.monthly_amount)}`).join("; ") || "–",
          v.expense_budgets.map((b) => `${b.category}: ${fmt.kroner(b.yearly_amount)}`).join("; ") || "–", v.note || ""]),
        { numericColumns: [1, 2] }),
      mayWrite ? folded("Ny version af bevillingen", grantVersionForm(g.versions[g.versions.length - 1],
        saving((body) => post(`/api/v1/grants/${g.id}/versions`, body)))) : null)),
    mayWrite ? section("Ny bevilling", folded("Opret en bevilling", grantForm(saving((body) => post(`/api/v1/children/${child.id}/grants`, body))))) : null,
    lostEarnings(child, awards.items, mayWrite, confirmsAccounts(user), saving));
}

// The parents' lost-earnings awards (Barnets Lov § 87): an award without the
// parent's normal weekly hours is paid nothing until they are given.
function lostEarnings(child, awards, mayWrite, mayConfirm, saving) {
  const hoursText = (a) => a.normal_weekly_hours === null
    ? "mangler – udbetales ikke"
    : `${fmt.hours(a.hours_off_per_week)} af ${fmt.hours(a.normal_weekly_hours)}`;
  const accountsText = (a) => [
    `Forælder: ${a.parent_bank ? fmt.checkedAccount(a.parent_bank, a.parent_bank_unconfirmed_by) : "mangler (udbetales ikke)"}`,
    `Pension: ${a.pension_payee ? `${a.pension_payee.name}, ${fmt.checkedAccount(a.pension_payee, a.pension_unconfirmed_by)}` : "kommunens standard"}`,
  ].join("; ");
  const unconfirmed = (a) => a.parent_bank_unconfirmed_by || a.pension_unconfirmed_by;
  return section("Tabt arbejdsfortjeneste",
    awards.length === 0 ? h("p", {}, "Ingen bevillinger af tabt arbejdsfortjeneste.") :
      table("Bevillinger af tabt arbejdsfortjeneste", ["Forælder", "Fra", "Til", "Indkomst før pr. måned", "Timer nedsat af normale pr. uge", "Ferie fra tidligere arbejdsgiver", "Konti"],
        awards.map((a) => [a.parent_name, fmt.date(a.period_from), a.period_to ? fmt.date(a.period_to) : "indtil videre",
          fmt.kroner(a.monthly_income_before), hoursText(a),
          a.holiday_periods.map((p) => `${fmt.date(p.from)} – ${fmt.date(p.to)}`).join("; ") || "–", accountsText(a)]),
        { numericColumns: [3] }),
    mayConfirm ? awards.filter(unconfirmed).map((a) => confirmAccount(`Bekræft konti for ${a.parent_name}`,
      saving(() => post(`/api/v1/children/${child.id}/lost-earnings/${a.id}/accounts/confirm`)))) : null,
    mayWrite ? awards.map((a) => folded(`Arbejdstid og ferie for ${a.parent_name}`,
      awardTermsForm(a, saving((body) => put(`/api/v1/children/${child.id}/lost-earnings/${a.id}/terms`, body))))) : null,
    mayWrite ? folded("Opret en bevilling af tabt arbejdsfortjeneste",
      awardForm(saving((body) => post(`/api/v1/children/${child.id}/lost-earnings`, body)))) : null);
}
