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
      policy.settings.map((s) => [s.name, s.value, since(s.since)])),
    coming.length
      ? table("Ændringer der gælder senere", ["Indstilling", "Værdi", "Gælder fra", "Begrundelse", "Ændret af"],
        coming.map((c) => [c.name, c.value, fmt.date(c.valid_from), c.reason, c.set_by]))
      : h("p", {}, "Ingen ændringer er planlagt efter denne dato."),
    user.role === "finance" ? changeForm(policy, reload) : null);
  if (notice) announce(notice);  // saved: confirmed under the heading, with the focus
}

function changeForm(policy, reload) {
  const names = h("datalist", { id: "policy-names" }, policy.settings.map((s) => h("option", { value: s.name })));
  const name = h("input", { name: "name", list: "policy-names", required: true, size: 36, autocomplete: "off" });
  const value = h("input", { name: "value", required: true });
  const from = h("input", { name: "valid_from", type: "date", required: true });
  const reason = h("input", { name: "reason", required: true, size: 40 });
  const problems = errorSummary();
  const form = h("form", { class: "inline" }, problems.element, names,
    field("Indstilling", name, "Fx employer_oncost_per_hour.2027 for arbejdsgiverudgiften i 2027"),
    field("Ny værdi", value, "Som i policy.properties, fx 6,50, true eller 07:00"),
    field("Gælder fra", from, "1. januar for helårsindstillinger; den 1. i en måned for payroll.service, claims.* og expenses.excluded_categories"),
    field("Begrundelse", reason, "Fx byrådets beslutning"),
    h("button", { type: "submit" }, "Gem ændringen"));
  const controls = { name, value, valid_from: from, reason };
  onSubmit(form, async () => {
    problems.clear();
    try {
      const change = await post("/api/v1/policy",
        { name: name.value.trim(), value: value.value.trim(), valid_from: from.value, reason: reason.value });
      await reload(`${change.name} er ${change.value} fra ${fmt.date(change.valid_from)}.`);
    } catch (error) {
      const control = controls[error.field] ?? null;
      const label = control ? form.querySelector(`label[for="${control.id}"]`).textContent : error.fieldLabel;
      problems.show([{ control, label, message: error.message }]);
    }
  });
  return h("section", { "aria-labelledby": "ny-aendring" }, h("h2", { id: "ny-aendring" }, "Ændr en indstilling fra en dato"), form);
}
