// The municipal policy in force on a day, each setting with where its value
// comes from (hjt init, or a dated change with who and why), the changes to
// come, and for finance a form for a dated change (like `hjt policy set`):
// year-long settings from 1 January, monthly ones from the first of a month.
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { announce, errorSummary, onSubmit } from "../ui.js";

const since = (c) => (c ? `${fmt.date(c.valid_from)} (${c.set_by}: ${c.reason})` : "Fra installationen");

export async function policyPage({ main, user, params, notice }) {
  const on = params.on ?? fmt.today();
  const policy = await get(`/api/v1/policy?on=${on}`);
  const reload = (text) => policyPage({ main, user, params: { on }, notice: text });
  const coming = policy.changes.filter((c) => c.valid_from > on);
  show(main,
    h("h1", {}, `Kommunens politik den ${fmt.date(on)}`),
    h("p", {}, "Kommunens egne valg, hvor loven giver plads (vindue for hjælpertimer, helligdage, afstemning, lønindberetning, krav og arbejdsgiverudgift pr. time). En ændring gælder fra en dato og ændrer aldrig en afsluttet periode."),
    table(`Indstillinger i kraft den ${fmt.date(on)}`, ["Indstilling", "Værdi", "Gælder fra"],
      policy.settings.map((s) => [nameOf(s.name), s.value, since(s.since)])),
    coming.length
      ? table("Ændringer der gælder senere", ["Indstilling", "Værdi", "Gælder fra", "Begrundelse", "Ændret af"],
        coming.map((c) => [nameOf(c.name), c.value, fmt.date(c.valid_from), c.reason, c.set_by]))
      : h("p", {}, "Ingen ændringer er planlagt efter denne dato."),
    user.role === "finance" ? changeForm(policy, reload) : null);
  if (notice) announce(notice);  // saved: confirmed under the heading, with the focus
}

// The settings finance may change, with their Danish names and the kind of
// value each takes (config/README.md "The policy over time"): a choice is a
// select, a number an input for numbers, so a key is never typed by hand.
// The on-cost per hour is a setting per year: its key takes the year of "Gælder fra".
const YES_NO = [["true", "Ja"], ["false", "Nej"]];
const SETTINGS = [
  { key: "employer_oncost_per_hour", label: "Arbejdsgiverudgift pr. time (kr)", kind: "decimal", perYear: true,
    hint: "Fx 6,50 (arbejdsgiverens ATP, forsikring o.l. pr. time). Gælder hele året fra 1. januar." },
  { key: "window.start", label: "Tidsrum for hjælpertimer: start", kind: "clock", hint: "tt:mm, fx 07:00" },
  { key: "window.end", label: "Tidsrum for hjælpertimer: slut", kind: "clock", hint: "tt:mm, fx 16:00" },
  { key: "holiday.constitution_day", label: "Grundlovsdag (5. juni) er fridag", choices: YES_NO },
  { key: "holiday.christmas_eve", label: "Juleaftensdag (24. december) er fridag", choices: YES_NO },
  { key: "holiday.new_years_eve", label: "Nytårsaftensdag (31. december) er fridag", choices: YES_NO },
  { key: "holiday.extra_days", label: "Kommunens egne fridage", kind: "text", hint: "dd-mm navn, adskilt af ;, fx 01-05 1. maj" },
  { key: "reconciliation.pool_hours_over_year", label: "Afstemning: timer puljes over året",
    choices: [["true", "Ja, over året"], ["false", "Nej, måned for måned"]] },
  { key: "reconciliation.pay_top_ups", label: "Afstemning: kommunen efterbetaler", choices: YES_NO },
  { key: "lost_earnings.holiday_supplement", label: "Tabt arbejdsfortjeneste: ferietillæg", choices: YES_NO },
  { key: "payroll.rounding_method", label: "Løn: øreafrunding",
    choices: [["1", "Metode 1: med øre"], ["2", "Metode 2: hele kroner"], ["3", "Metode 3: indkomst ned til hele 10 kr"]] },
  { key: "payroll.helper_income", label: "Løn: hjælperens indkomst",
    choices: [["A", "A-indkomst (arbejdsgiveren indeholder)"], ["B", "B-indkomst (hjælperen betaler selv)"]] },
  { key: "payroll.household_help_holiday", label: "Løn: feriepenge som husholdningshjælp", choices: YES_NO },
  { key: "payroll.service", label: "Løn: kommunens lønservice", choices: YES_NO },
  { key: "expenses.excluded_categories", label: "Udlæg der ikke dækkes", kind: "text",
    hint: "kategori: begrundelse, adskilt af ;" },
  { key: "claims.due_days", label: "Krav: dage til betaling", kind: "whole" },
  { key: "claims.reminder_count", label: "Krav: antal rykkere", kind: "whole" },
  { key: "claims.reminder_spacing_days", label: "Krav: dage mellem rykkere", kind: "whole" },
  { key: "claims.setoff_max_share_bp", label: "Krav: modregning højst (basispoint af udbetalingen)", kind: "whole",
    hint: "2500 = 25 %" },
];

// A setting's Danish name ("Arbejdsgiverudgift pr. time (kr) 2027"); an unknown key as it is.
function nameOf(key) {
  const perYear = /^(.*)\.(\d{4})$/.exec(key);
  const setting = SETTINGS.find((s) => s.key === (perYear && SETTINGS.some((x) => x.perYear && x.key === perYear[1]) ? perYear[1] : key));
  if (!setting) return key;
  return setting.perYear ? `${setting.label} ${perYear[2]}` : setting.label;
}

const VALUE_INPUTS = {
  decimal: { inputmode: "decimal", size: 10 },
  clock: { inputmode: "numeric", size: 6, placeholder: "tt:mm" },
  whole: { inputmode: "numeric", size: 8 },
  text: { size: 60 },
};

// The value control for a setting, starting from its value in force.
function valueControl(setting, current) {
  if (setting.choices)
    return h("select", { name: "value", required: true },
      setting.choices.map(([value, text]) => h("option", { value, selected: value === current }, text)));
  return h("input", { name: "value", required: true, autocomplete: "off", value: current ?? "", ...VALUE_INPUTS[setting.kind] });
}

// The value in force of `setting` (for the on-cost: the year's, else none).
function inForce(policy, setting, year) {
  const name = setting.perYear ? `${setting.key}.${year}` : setting.key;
  return policy.settings.find((s) => s.name === name)?.value ?? null;
}

function changeForm(policy, reload) {
  const name = h("select", { name: "name", required: true },
    SETTINGS.map((s) => h("option", { value: s.key }, s.label)));
  const from = h("input", { name: "valid_from", type: "date", required: true });
  const reason = h("input", { name: "reason", required: true, size: 40 });
  const setting = () => SETTINGS.find((s) => s.key === name.value);
  const year = () => (from.value ? from.value.slice(0, 4) : fmt.today().slice(0, 4));
  let value = valueControl(setting(), inForce(policy, setting(), year()));
  let valueField = field("Ny værdi", value, setting().hint);
  // Another setting: a value control of its kind, with that setting's value in force.
  name.addEventListener("change", () => {
    value = valueControl(setting(), inForce(policy, setting(), year()));
    const next = field("Ny værdi", value, setting().hint);
    valueField.replaceWith(next);
    valueField = next;
  });
  const problems = errorSummary();
  const form = h("form", { class: "inline" }, problems.element,
    field("Indstilling", name),
    valueField,
    field("Gælder fra", from, "1. januar for helårsindstillinger; den 1. i en måned for løn, krav og udlæg"),
    field("Begrundelse", reason, "Fx byrådets beslutning"),
    h("button", { type: "submit" }, "Gem ændringen"));
  onSubmit(form, async () => {
    problems.clear();
    const controls = { name, value, valid_from: from, reason };
    const key = setting().perYear ? `${setting().key}.${year()}` : setting().key;
    try {
      const change = await post("/api/v1/policy",
        { name: key, value: value.value.trim(), valid_from: from.value, reason: reason.value });
      await reload(`${setting().label} er ${change.value} fra ${fmt.date(change.valid_from)}.`);
    } catch (error) {
      const control = controls[error.field] ?? null;
      const label = control ? form.querySelector(`label[for="${control.id}"]`).textContent : error.fieldLabel;
      problems.show([{ control, label, message: error.message }]);
    }
  });
  return h("section", { "aria-labelledby": "ny-aendring" }, h("h2", { id: "ny-aendring" }, "Ændr en indstilling fra en dato"), form);
}
