// One repayment claim (README "Claims"): the amount, what was paid, set off
// and written off, the balance, the due date, how to pay it (the FI-kort 71
// payment line, the payment ID, the municipality's account), the instalment
// plan's schedule and every event so far; the claim letter and each reminder
// sent as PDF. The family sees its own claims on
// #/familie/{id}/krav; this page (#/krav/{id}) is the same claim for staff and
// for the family, another family's claim answers 404 ("Siden findes ikke").
// Finance agrees an instalment plan here; the API checks the rules.
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { downloadButton, messageArea, parseHundredths, section } from "../ui.js";

const EVENT_NAMES = {
  payment: "Indbetaling", set_off: "Modregning i udbetaling", write_off_prepared: "Afskrivning foreslået",
  write_off_approved: "Afskrivning godkendt", plan: "Afdragsordning aftalt", reminder: "Rykker sendt",
  handover: "Oversendt til inddrivelse",
};
// The events that settle money (the plan's amount is a monthly amount, not a settlement).
const SETTLING = new Set(["payment", "set_off"]);

export async function claimPage({ main, user, params, redrawn }) {
  const claim = await get(`/api/v1/claims/${params.id}`);
  const family = await get(`/api/v1/families/${claim.family_id}`);
  const redraw = () => claimPage({ main, user, params, redrawn: true });
  const heading = h("h1", { tabindex: "-1" }, `Tilbagebetalingskrav ${claim.year}`);
  show(main,
    heading,
    h("p", {}, "Familie: ", h("a", { href: `#/familie/${family.id}` }, family.name)),
    claimDetails(claim, 2),
    user.role === "finance" ? section("Ny afdragsordning", planForm(claim, redraw)) : null);
  // Drawn again after a change: the focus was on a button that is gone; start from the top again.
  if (redrawn) heading.focus();
}

// The claim's facts, how to pay it, its plan and its events; headings at `level` (2 on its own page, 3 in a list).
export function claimDetails(claim, level) {
  const heading = (text) => h(`h${level}`, {}, text);
  const facts = [
    ["Status", claim.state_label], ["Krævet", fmt.kroner(claim.claimed_ore)], ["Indbetalt", fmt.kroner(claim.paid_ore)],
    ["Modregnet", fmt.kroner(claim.set_off_ore)], ["Afskrevet", fmt.kroner(claim.written_off_ore)],
    ["Rest at betale", fmt.kroner(claim.balance_ore)], ["Udstedt", fmt.date(claim.issued)],
    ["Betales senest", fmt.date(claim.due)], ["Rykkere sendt", String(claim.reminders_sent)],
  ];
  if (claim.surplus_ore > 0) facts.push(["Betalt for meget", fmt.kroner(claim.surplus_ore)]);
  const messages = messageArea();
  return [
    h("dl", { class: "facts" }, facts.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
    h("div", { class: "actions" },
      downloadButton("Hent kravbrevet (PDF)", "GET", `/api/v1/claims/${claim.id}/letter.pdf`, undefined, messages),
      // Each reminder as it was sent: dated its day, with what was outstanding then.
      Array.from({ length: claim.reminders_sent }, (_, i) => downloadButton(`Hent rykker ${i + 1} (PDF)`, "GET",
        `/api/v1/claims/${claim.id}/reminders/${i + 1}/letter.pdf`, undefined, messages))),
    messages.element,
    claim.balance_ore > 0 ? [heading("Sådan betaler I"), howToPay(claim)] : null,
    claim.plan.length ? [heading("Afdragsordning"), planTable(claim)] : null,
    heading("Indbetalinger, modregninger og hændelser"),
    claim.events.length
      ? table(`Hændelser på krav ${claim.id}`, ["Dato", "Hændelse", "Beløb", "Bemærkning"],
          claim.events.map((e) => [fmt.date(e.date), EVENT_NAMES[e.kind] ?? e.kind,
            SETTLING.has(e.kind) || e.kind.startsWith("write_off") || e.kind === "plan" ? fmt.kroner(e.amount_ore) : "–",
            e.note || ""]),
          { numericColumns: [2] })
      : h("p", {}, "Der er endnu ikke betalt eller modregnet noget."),
  ];
}

function howToPay(claim) {
  return h("dl", { class: "facts" },
    h("dt", {}, "Indbetalingskort (FI-kort 71)"), h("dd", {}, h("code", { class: "payment-line" }, claim.payment_line)),
    h("dt", {}, "Betalings-id (reference)"), h("dd", {}, claim.payment_id),
    h("dt", {}, "Kreditornummer"), h("dd", {}, claim.creditor_number),
    h("dt", {}, "Eller overfør til"), h("dd", {}, `${claim.pay_to_name}, IBAN ${claim.pay_to_iban}, med betalings-id'et som tekst`),
    h("dt", {}, "Beløb"), h("dd", {}, fmt.kroner(claim.balance_ore)));
}

function planTable(claim) {
  return table(`Afdrag på krav ${claim.id}`, ["Forfalder", "Beløb"],
    claim.plan.map((i) => [fmt.date(i.due), fmt.kroner(i.amount_ore)]), { numericColumns: [1] });
}

// Finance agrees a plan: an amount a month from a first due date (a new plan replaces the last).
function planForm(claim, redraw) {
  const perMonth = h("input", { name: "amount_per_month", inputmode: "decimal", size: 10, required: true, autocomplete: "off" });
  const first = h("input", { type: "date", name: "first", required: true, value: fmt.today() });
  const messages = messageArea();
  const form = h("form", { class: "inline" }, field("Beløb pr. måned (kr)", perMonth), field("Første afdrag", first),
                 h("button", { type: "submit" }, "Aftal afdragsordning"), messages.element);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const amount = parseHundredths(perMonth.value);
    if (amount === null) {
      messages.error({ field: "Beløb pr. måned", message: "skriv et beløb med højst to decimaler, fx 500,00" });
      perMonth.focus();
      return;
    }
    try {
      await post(`/api/v1/claims/${claim.id}/plan`, { amount_per_month: amount, first: first.value });
      await redraw();
    } catch (error) {
      messages.error(error);
    }
  });
  return form;
}
