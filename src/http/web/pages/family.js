// A family's overview: the a-conto payments received (the ledger), this
// year's hours used against those approved (chart), the annual statement,
// and the register (children, grants, helpers). A family user reaches only
// its own family: the API answers 404 for any other, shown as "not found".
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { hoursChart } from "../chart.js";
import { downloadButton, messageArea, parseHundredths, section } from "../ui.js";

export async function familyPage({ main, user, params }) {
  const family = await get(`/api/v1/families/${params.id}`);
  const [ledger, children, helpers] = await Promise.all([
    get(`/api/v1/families/${family.id}/ledger`),
    get(`/api/v1/families/${family.id}/children`),
    get(`/api/v1/families/${family.id}/helpers`),
  ]);
  const year = Number(fmt.today().slice(0, 4));
  const base = `#/familie/${family.id}`;
  show(main,
    h("h1", {}, family.name),
    h("ul", { class: "actions" },
      h("li", {}, h("a", { href: `${base}/uge` }, "Indtast timer (ugeskema)")),
      h("li", {}, h("a", { href: `${base}/upload` }, "Upload timeliste")),
      h("li", {}, h("a", { href: `${base}/loensedler` }, "Lønsedler"))),
    section(`Timer i ${year}`, await hoursSection(family.id, year)),
    section("Modtaget a-conto", receivedSection(ledger)),
    section("Årsopgørelse", statementSection(family.id, year)),
    section("Børn og bevillinger", childrenList(children.items)),
    section("Hjælpere", helpersTable(helpers.items),
      user.role === "auditor" || user.role === "finance" ? null : newHelperForm(family.id, () => familyPage({ main, user, params }))));
}

// The year's reconciliation per child (stored, or as a draft would have it now).
async function hoursSection(familyId, year) {
  const children = (await get(`/api/v1/families/${familyId}/reconciliation?year=${year}`)).items;
  if (children.length === 0) return h("p", {}, `Ingen bevilgede timer i ${year}.`);
  return children.map((child) => h("div", { class: "chart-block" },
    h("h3", {}, child.child_name),
    h("p", {}, `Brugt ${fmt.hours(child.used_hours)} af ${fmt.hours(child.approved_hours)} bevilgede timer.`),
    hoursChart(child.months, `Timer pr. måned for ${child.child_name} i ${year}`)));
}

// Last year's statement once it is over, and this year's so far.
function statementSection(familyId, year) {
  const messages = messageArea();
  return [
    h("p", {}, "Årsopgørelsen viser måned for måned planlagte og brugte timer, udgifter, det modtagne og en eventuel tilbagebetaling."),
    h("div", { class: "actions" }, [year - 1, year].map((y) =>
      downloadButton(`Hent årsopgørelse ${y} (Excel)`, "GET", `/api/v1/families/${familyId}/statement.xlsx?year=${y}`, undefined, messages))),
    messages.element,
  ];
}

function receivedSection(ledger) {
  const postings = ledger.postings.filter((p) => p.amount !== 0);
  if (postings.length === 0) return h("p", {}, "Der er endnu ikke udbetalt noget.");
  return [
    table("Posteringer på familiens konto",
      ["Udbetaling", "Vedrører", "Tekst", "Beløb"],
      postings.map((p) => [p.run_month ? fmt.month(p.run_month) : fmt.date(p.posted_at.slice(0, 10)),
                           fmt.month(p.month_concerned), p.description, fmt.kroner(p.amount)]),
      { numericColumns: [3] }),
    h("p", { class: "total" }, `I alt modtaget: ${fmt.kroner(ledger.balance)}`),
  ];
}

function childrenList(children) {
  if (children.length === 0) return h("p", {}, "Ingen børn registreret.");
  return h("ul", {}, children.map((c) => h("li", {}, h("a", { href: `#/barn/${c.id}` }, c.name), ` (CPR ${c.cpr})`)));
}

function helpersTable(helpers) {
  if (helpers.length === 0) return h("p", {}, "Ingen hjælpere registreret.");
  return table("Hjælpere ansat af familien", ["Navn", "Ansat fra", "Ansat til", "Timeløn"],
    helpers.map((x) => [x.name, fmt.date(x.employment_from), x.employment_to ? fmt.date(x.employment_to) : "–", fmt.kroner(x.hourly_wage)]),
    { numericColumns: [3] });
}

// A helper the family employs: the tax card's withholding rate and monthly
// deduction come from the helper's tax card (forskudsopgørelse).
function newHelperForm(familyId, reload) {
  const inputs = {
    name: h("input", { name: "name", required: true, autocomplete: "off" }),
    cpr: h("input", { name: "cpr", required: true, autocomplete: "off", size: 12 }),
    employment_from: h("input", { name: "employment_from", type: "date", required: true }),
    hourly_wage: h("input", { name: "hourly_wage", inputmode: "decimal", required: true, size: 8 }),
    withholding: h("input", { name: "withholding", inputmode: "decimal", required: true, size: 6 }),
    monthly_deduction: h("input", { name: "monthly_deduction", inputmode: "decimal", required: true, size: 10 }),
  };
  const messages = messageArea();
  const form = h("form", { class: "inline" },
    field("Navn", inputs.name), field("CPR-nummer", inputs.cpr), field("Ansat fra", inputs.employment_from),
    field("Timeløn (kr.)", inputs.hourly_wage), field("Trækprocent", inputs.withholding),
    field("Månedsfradrag (kr.)", inputs.monthly_deduction), h("button", { type: "submit" }, "Tilføj hjælper"), messages.element);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const amount = (name) => parseHundredths(inputs[name].value);
    if (["hourly_wage", "withholding", "monthly_deduction"].some((name) => amount(name) === null)) {
      messages.error({ message: "Skriv timeløn, trækprocent og fradrag som tal med højst to decimaler, fx 145,00 og 38." });
      return;
    }
    try {
      await post(`/api/v1/families/${familyId}/helpers`, {
        name: inputs.name.value.trim(), cpr: inputs.cpr.value.trim(), employment_from: inputs.employment_from.value,
        hourly_wage: amount("hourly_wage"),
        tax_card: { withholding: amount("withholding"), monthly_deduction: amount("monthly_deduction") },
      });
      await reload();
    } catch (error) {
      messages.error(error);
    }
  });
  return h("details", {}, h("summary", {}, "Tilføj en hjælper"), form);
}
