// One expense (udlæg) with its receipt (bilag, to download) and, for those who decide expenses (caseworker,
// finance), the decision: the category's yearly budget in the child's grant,
// what is approved of it so far and what remains are shown before deciding.
// An approval beyond what remains needs a reason (the API refuses it
// otherwise, naming the field "reason") and is flagged in the payout run; a
// rejection needs one too. The submitter may not decide its own expense.
import { get, post } from "../api.js";
import { field, h, show } from "../dom.js";
import * as fmt from "../format.js";
import { announce, decidesExpenses, downloadButton, errorSummary, fieldName, messageArea, onPress, section } from "../ui.js";

export async function expensePage({ main, user, params }) {
  const expense = await get(`/api/v1/expenses/${params.id}`);
  const family = await get(`/api/v1/families/${expense.family_id}`);
  const redraw = () => expensePage({ main, user, params });
  show(main,
    h("h1", {}, `Udlæg ${fmt.kroner(expense.amount)} – ${expense.category}`),
    h("p", {}, "Familie: ", h("a", { href: `#/familie/${family.id}` }, family.name), "."),
    section("Udlægget", expenseFacts(expense)),
    section("Bilag", receiptFacts(expense)),
    section(`Budget for ${expense.category} i ${expense.budget.year}`, budgetFacts(expense)),
    expense.status === "submitted" && decidesExpenses(user) ? section("Afgørelse", decisionForm(expense, redraw)) : null);
}

function facts(pairs) {
  return h("dl", { class: "facts" }, pairs.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
}

function expenseFacts(e) {
  return facts([["Dato", fmt.date(e.date)], ["Kategori", e.category], ["Beløb", fmt.kroner(e.amount)],
    ["Bilag", e.document_ref], ["Indsendt af", e.submitted_by || "–"],
    ["Status", fmt.expenseStatus(e.status) + (e.decided_by ? ` af ${e.decided_by}` : "")],
    ...(e.reject_reason ? [["Begrundelse for afvisning", e.reject_reason]] : []),
    ...(e.over_budget_reason ? [["Begrundelse ud over budget", e.over_budget_reason]] : [])]);
}

// The receipt uploaded with the expense: what it is, and the file itself.
function receiptFacts(e) {
  const r = e.receipt;
  if (!r) return h("p", {}, "Der er ikke uploadet et bilag med udlægget.");
  const messages = messageArea();
  return [
    facts([["Fil", r.file_name], ["Størrelse", `${fmt.decimal(Math.round(r.size_bytes / 10.24))} kB`],
           ["Uploadet af", r.uploaded_by], ["SHA-256", r.sha256]]),
    h("div", { class: "actions" }, downloadButton(`Hent bilaget ${r.file_name}`, "GET", `/api/v1/expenses/${e.id}/receipt`, undefined, messages)),
    messages.element,
  ];
}

function budgetFacts(e) {
  const b = e.budget;
  if (b.budget === null)
    return [facts([["Budget", "bevillingen har intet budget for kategorien"], ["Godkendt indtil nu", fmt.kroner(b.approved)]])];
  return [
    facts([["Budget", fmt.kroner(b.budget)], ["Godkendt indtil nu", fmt.kroner(b.approved)], ["Tilbage", fmt.kroner(b.remaining)]]),
    b.over_budget && e.status === "submitted"
      ? h("p", { class: "warning" }, `Udlægget på ${fmt.kroner(e.amount)} er mere end der er tilbage. En godkendelse kræver en begrundelse og markeres i udbetalingen.`)
      : null,
  ];
}

// A refusal is summed up above the form and shown at "Begrundelse" when it
// names the reason; a decision is confirmed under "Udlægget", with the focus.
function decisionForm(expense, redraw) {
  const problems = errorSummary();
  const reason = h("textarea", { name: "reason", rows: 3, cols: 60 });
  const decide = (status, done) => async () => {
    problems.clear();
    try {
      await post(`/api/v1/expenses/${expense.id}/decision`, { status, reason: reason.value.trim() });
      await redraw();
      announce(done, { sectionId: "afsnit-udlægget" });
    } catch (error) {
      const atReason = error.field === "reason";
      problems.show([{ message: error.message, label: atReason ? "Begrundelse" : fieldName(error), control: atReason ? reason : null }]);
    }
  };
  const approve = h("button", { type: "button" }, "Godkend udlægget");
  const reject = h("button", { type: "button", class: "secondary" }, "Afvis udlægget");
  const buttons = h("div", { class: "actions" }, approve, reject);
  onPress(approve, decide("approved", "Udlægget er godkendt."), { busyText: "Godkender …", group: buttons });
  onPress(reject, decide("rejected", "Udlægget er afvist."), { busyText: "Afviser …", group: buttons });
  return h("form", { class: "inline", onsubmit: (event) => event.preventDefault() },
    problems.element,
    field("Begrundelse", reason, "Kræves ved afvisning og ved godkendelse ud over budgettet."),
    buttons);
}
