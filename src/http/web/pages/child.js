// One child: its record and the grants (bevillinger) with every version,
// newest last. Caseworkers and admins correct the record, create a grant and
// add a version (a change of hours or wage from a date); versions are never
// edited, as the API refuses it.
import { get, post, put } from "../api.js";
import { h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { childForm, folded, grantForm, grantVersionForm, redrawingAfter } from "../forms.js";
import { section, writesRegister } from "../ui.js";

export async function childPage({ main, user, params }) {
  const child = await get(`/api/v1/children/${params.id}`);
  const [family, grants] = await Promise.all([
    get(`/api/v1/families/${child.family_id}`),
    get(`/api/v1/children/${child.id}/grants`),
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
    mayWrite ? section("Ny bevilling", folded("Opret en bevilling", grantForm(saving((body) => post(`/api/v1/children/${child.id}/grants`, body))))) : null);
}
