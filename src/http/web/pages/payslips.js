// The family's payroll of a month: each helper's payslip (hours, gross,
// deductions, net, employer cost) and the lønseddel as Excel, the payroll
// policy in force, the work-injury premium's share and the month's employer cost.
import { get } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { downloadButton, messageArea } from "../ui.js";

export async function payslipsPage({ main, params }) {
  const family = await get(`/api/v1/families/${params.id}`);
  const month = params.month ?? fmt.today().slice(0, 7);
  const payroll = await get(`/api/v1/families/${family.id}/payslips?month=${month}`);
  const helpers = new Map((await get(`/api/v1/families/${family.id}/helpers`)).items.map((x) => [x.id, x.name]));
  const messages = messageArea();
  const picker = h("input", { type: "month", name: "month", value: month });
  const form = h("form", { class: "inline" }, field("Måned", picker), h("button", { type: "submit" }, "Vis"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (picker.value) location.hash = `#/familie/${family.id}/loensedler/${picker.value}`;
  });
  const rows = payroll.items.map((m) => [
    helpers.get(m.helper_id) ?? `Hjælper ${m.helper_id}`, fmt.hours(m.payslip.hours), fmt.kroner(m.payslip.gross),
    fmt.kroner(m.payslip.a_skat), fmt.kroner(m.payslip.net), fmt.kroner(m.payslip.employer_cost),
    downloadButton("Lønseddel (Excel)", "GET", `/api/v1/helpers/${m.helper_id}/payslip.xlsx?month=${month}`, undefined, messages),
  ]);
  const t = payroll.totals;
  show(main,
    h("h1", {}, `Lønsedler ${fmt.month(month)}`),
    h("p", {}, family.name),
    form,
    messages.element,
    rows.length
      ? table(`Lønsedler for ${fmt.month(month)}`, ["Hjælper", "Timer", "Bruttoløn", "A-skat", "Udbetalt", "Udgift i alt", "Fil"],
          [...rows, ["I alt", fmt.hours(t.hours), fmt.kroner(t.gross), fmt.kroner(t.a_skat), fmt.kroner(t.net), fmt.kroner(t.employer_cost), ""]],
          { numericColumns: [1, 2, 3, 4, 5] })
      : h("p", {}, "Ingen vagter i denne måned."),
    h("p", {}, `Arbejdsskadeforsikring (månedens andel): ${fmt.kroner(payroll.work_injury)}` +
      (payroll.work_injury_estimated ? " (skønnet)" : "") +
      `. Arbejdsgiverens udgift i alt: ${fmt.kroner(payroll.employer_cost)}.`),
    h("ul", { class: "policy" }, ...t.policy.description.map((line) => h("li", {}, line))));
}
