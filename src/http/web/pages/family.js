// A family's overview: the a-conto payments received (the ledger) and what
// is held back and owed, this
// year's hours used against those approved (chart), the annual statement,
// and the register (the family's own data, children, grants, helpers). A
// family user reaches only its own family: the API answers 404 for any other,
// shown as "not found". Caseworkers and admins change the family's data and
// add children; they and the family add and change helpers. Expenses are
// listed, each linking to its page (pages/expense.js: the budget, the decision). Finance confirms
// an account under verification ("til kontrol").
import { get, post, put } from "../api.js";
import { h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { hoursChart } from "../chart.js";
import { childForm, familyForm, folded, foldedOnOpen, helperForm, redrawingAfter, taxCardForm } from "../forms.js";
import { expenseClaimForm } from "./expense_claim.js";
import { confirmAccount, confirmsAccounts, decidesExpenses, downloadButton, editsFamilyWork, messageArea, section, writesRegister } from "../ui.js";

export async function familyPage({ main, user, params }) {
  const family = await get(`/api/v1/families/${params.id}`);
  const [ledger, children, helpers, expenses] = await Promise.all([
    get(`/api/v1/families/${family.id}/ledger`),
    get(`/api/v1/families/${family.id}/children`),
    get(`/api/v1/families/${family.id}/helpers`),
    get(`/api/v1/families/${family.id}/expenses`),
  ]);
  const year = Number(fmt.today().slice(0, 4));
  const base = `#/familie/${family.id}`;
  const mayWriteRegister = writesRegister(user);
  const mayEditHelpers = editsFamilyWork(user);
  const saving = redrawingAfter(() => familyPage({ main, user, params }));
  show(main,
    h("h1", {}, family.name),
    h("ul", { class: "actions" },
      h("li", {}, h("a", { href: `${base}/uge` }, mayEditHelpers ? "Indtast timer (ugeskema)" : "Timer (ugeskema)")),
      mayEditHelpers ? h("li", {}, h("a", { href: `${base}/upload` }, "Upload timeliste")) : null,
      h("li", {}, h("a", { href: `${base}/loensedler` }, "Lønsedler")),
      h("li", {}, h("a", { href: `${base}/krav` }, "Tilbagebetalingskrav"))),
    section(`Timer i ${year}`, await hoursSection(family.id, year)),
    section("Modtaget a-conto", receivedSection(ledger)),
    section("Årsopgørelse", statementSection(family.id, year)),
    section("Familiens oplysninger", familyFacts(family),
      family.bank_unconfirmed_by && confirmsAccounts(user)
        ? confirmAccount("Bekræft bankkontoen", saving(() => post(`/api/v1/families/${family.id}/account/confirm`))) : null,
      mayWriteRegister ? folded("Ret familiens oplysninger", familyForm(family, saving((body) => put(`/api/v1/families/${family.id}`, body)))) : null),
    section("Børn og bevillinger", childrenList(children.items),
      mayWriteRegister ? folded("Tilføj et barn", childForm(null, saving((body) => post(`/api/v1/families/${family.id}/children`, body)))) : null),
    section("Udlæg", expensesTable(expenses.items, decidesExpenses(user)),
      mayEditHelpers && children.items.length ? foldedOnOpen("Indsend et udlæg med bilag", async () =>
        expenseClaimForm(children.items, await budgetCategories(children.items),
          saving((body) => post(`/api/v1/families/${family.id}/expenses`, body)))) : null),
    section("Hjælpere", helpersTable(helpers.items),
      mayEditHelpers ? helpers.items.map((x) => foldedOnOpen(`Ret ${x.name}`, async () =>
        helperForm(await get(`/api/v1/helpers/${x.id}`), saving((body) => put(`/api/v1/helpers/${x.id}`, body))))) : null,
      helpers.items.map((x) => foldedOnOpen(`Skattekort for ${x.name}`, async () =>
        taxCards(x, await get(`/api/v1/helpers/${x.id}/tax-cards`), mayEditHelpers &&
          taxCardForm(saving((body) => post(`/api/v1/helpers/${x.id}/tax-cards`, body)))))),
      mayEditHelpers ? folded("Tilføj en hjælper", helperForm(null, saving((body) => post(`/api/v1/families/${family.id}/helpers`, body)))) : null));
}

function familyFacts(family) {
  const facts = [["CVR/SE-nummer", family.cvr],
                 ["Bankkonto", family.bank ? fmt.checkedAccount(family.bank, family.bank_unconfirmed_by) : "mangler (der udbetales ikke)"],
                 ["E-mail", family.contact_email || "–"], ["Telefon", family.contact_phone || "–"],
                 ["Status", fmt.familyStatus(family.status)]];
  return h("dl", { class: "facts" }, facts.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
}

// The year per child: hours used against those approved (chart, from the
// reconciliation), what is left in hours and kroner, the pace and where it
// leads by the year's end (GET .../budget: the service computes every figure,
// the page only words them), and the weeks with more hours than the grant gives.
async function hoursSection(familyId, year) {
  const [reconciliation, budget] = await Promise.all([
    get(`/api/v1/families/${familyId}/reconciliation?year=${year}`),
    get(`/api/v1/families/${familyId}/budget?year=${year}`),
  ]);
  const children = reconciliation.items;
  if (children.length === 0 && budget.children.length === 0) return h("p", {}, `Ingen bevilgede timer i ${year}.`);
  const budgetOf = (childId) => budget.children.find((b) => b.child_id === childId);
  return [
    children.map((child) => h("div", { class: "chart-block" },
      h("h3", {}, child.child_name),
      h("p", {}, `Brugt ${fmt.hours(child.used_hours)} af ${fmt.hours(child.approved_hours)} bevilgede timer.`),
      budgetOf(child.child_id) ? budgetFacts(budgetOf(child.child_id)) : null,
      hoursChart(child.months, `Timer pr. måned for ${child.child_name} i ${year}`))),
    weeksOverGrant(familyId, budget.weeks_over_grant),
  ];
}

// What is left, the pace and the forecast's warning in plain Danish.
function budgetFacts(b) {
  const f = b.forecast;
  const facts = [["Tilbage af bevillingen", `${fmt.hours(b.remaining_hours)} (${fmt.kroner(b.remaining_cost)})`]];
  if (f) {
    facts.push([`Tempo til og med ${fmt.month(f.elapsed_through.slice(0, 7))}`, `${fmt.percent(f.pace_bp)} af de bevilgede timer`]);
    facts.push(["Forventet forbrug i hele året", fmt.hours(f.expected_used_hours)]);
  }
  return [
    h("dl", { class: "facts" }, facts.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
    f ? forecastWarning(f) : null,
  ];
}

function forecastWarning(f) {
  if (f.warning === "unused")
    return h("p", { class: "warning" }, `Med det nuværende forbrug vil I ved årets udgang have ${fmt.kroner(f.amount)} ubrugt ` +
      "af det udbetalte; beløbet kan blive krævet tilbage.");
  if (f.warning === "over_grant")
    return h("p", { class: "warning" }, `Med det nuværende forbrug vil I ved årets udgang have brugt ${fmt.kroner(f.amount)} ` +
      "mere end bevilget; der gives ikke tilskud til timerne ud over bevillingen.");
  return h("p", {}, "Med det nuværende forbrug passer årets timer med bevillingen.");
}

// Weeks with more subsidised hours than the grants' weekly hours.
function weeksOverGrant(familyId, weeks) {
  if (weeks.length === 0) return null;
  return [
    h("p", { class: "warning" }, weeks.length === 1
      ? "I én uge er der brugt flere timer end bevillingens timer pr. uge."
      : `I ${weeks.length} uger er der brugt flere timer end bevillingens timer pr. uge.`),
    table("Uger med flere timer end bevilget", ["Uge", "Timer med tilskud", "Bevilget pr. uge"],
      weeks.map((w) => [h("a", { href: `#/familie/${familyId}/uge/${w.monday}` }, `${fmt.date(w.monday)} – ${fmt.date(fmt.addDays(w.monday, 6))}`),
                        fmt.hours(w.used_hours), fmt.hours(w.granted_hours)]),
      { numericColumns: [1, 2] }),
  ];
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

// Held back by an approved run (no account) and not paid yet: owed to the family.
function owedSection(ledger) {
  if (ledger.owed.length === 0) return null;
  return [
    table("Tilbageholdt – skyldes familien",
      ["Kørsel", "Vedrører", "Årsag", "Tekst", "Beløb"],
      ledger.owed.map((o) => [fmt.month(o.run_month), fmt.month(o.line.month_concerned), o.line.held_back,
                              o.line.description, fmt.kroner(o.line.amount)]),
      { numericColumns: [4] }),
    h("p", { class: "total" }, `Tilbageholdt i alt: ${fmt.kroner(ledger.owed_total)} (udbetales i den første kørsel, efter at årsagen er rettet)`),
  ];
}

function receivedSection(ledger) {
  const postings = ledger.postings.filter((p) => p.amount !== 0);
  if (postings.length === 0) return [h("p", {}, "Der er endnu ikke udbetalt noget."), owedSection(ledger)];
  return [
    table("Posteringer på familiens konto",
      ["Udbetaling", "Vedrører", "Tekst", "Beløb"],
      postings.map((p) => [p.run_month ? fmt.month(p.run_month) : fmt.localDate(p.posted_at),
                           fmt.month(p.month_concerned), p.description, fmt.kroner(p.amount)]),
      { numericColumns: [3] }),
    h("p", { class: "total" }, `I alt modtaget: ${fmt.kroner(ledger.balance)}`),
    owedSection(ledger),
  ];
}

function childrenList(children) {
  if (children.length === 0) return h("p", {}, "Ingen børn registreret.");
  return h("ul", {}, children.map((c) => h("li", {}, h("a", { href: `#/barn/${c.id}` }, c.name), ` (CPR ${c.cpr})`)));
}

// The expense categories the children's grants have budgets for (suggested in the claim form).
async function budgetCategories(children) {
  const grants = await Promise.all(children.map((c) => get(`/api/v1/children/${c.id}/grants`)));
  const names = grants.flatMap((g) => g.items).flatMap((g) => g.versions).flatMap((v) => v.expense_budgets).map((b) => b.category);
  return [...new Set(names)].sort();
}

// Every expense with its status; a submitted one links to its decision (with the budget) for those who decide.
function expensesTable(expenses, mayDecide) {
  if (expenses.length === 0) return h("p", {}, "Ingen udlæg registreret.");
  return table("Familiens udlæg", ["Dato", "Kategori", "Bilag", "Status", "Beløb"],
    expenses.map((e) => [fmt.date(e.date), e.category, e.document_ref,
      h("a", { href: `#/udlaeg/${e.id}` }, e.status === "submitted" && mayDecide ? "indsendt – afgør" : fmt.expenseStatus(e.status)),
      fmt.kroner(e.amount)]),
    { numericColumns: [4] });
}

// A helper's dated tax cards, oldest first, and (for those who may) a form for a new one.
function taxCards(helper, cards, form) {
  const rows = cards.items.map((c) => [c.label, fmt.date(c.valid_from), fmt.percent(c.withholding),
    c.kind === "hovedkort" ? fmt.kroner(c.monthly_deduction) : "–", c.kind === "frikort" ? fmt.kroner(c.free_amount) : "–",
    c.registered_by]);
  return h("div", {},
    rows.length
      ? table(`Skattekort for ${helper.name}`, ["Kort", "Gælder fra", "Trækprocent", "Månedsfradrag", "Frikortbeløb", "Registreret af"],
              rows, { numericColumns: [2, 3, 4] })
      : h("p", {}, "Ingen daterede skattekort: lønsedlerne bruger trækprocent og fradrag fra hjælperens oplysninger."),
    form || null);
}

function helpersTable(helpers) {
  if (helpers.length === 0) return h("p", {}, "Ingen hjælpere registreret.");
  return table("Hjælpere ansat af familien", ["Navn", "Ansat fra", "Ansat til", "Timeløn"],
    helpers.map((x) => [x.name, fmt.date(x.employment_from), x.employment_to ? fmt.date(x.employment_to) : "–", fmt.kroner(x.hourly_wage)]),
    { numericColumns: [3] });
}
