// Repayment claims for finance (#/krav, README "Claims"): every claim with its
// state (filtered by state), the payments received that did not match a claim
// (assigned to one by hand: the API settles at most the claim's balance), and
// the reminders due (recorded as sent, each once) with the claims ready for
// hand-over to debt collection.
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { downloadButton, messageArea, parseHundredths, section } from "../ui.js";

// The states of domain/claims.h with their Danish labels (as the API's state_label).
const STATES = [["open", "åben"], ["partly_paid", "delvis betalt"], ["paid", "betalt"], ["set_off", "modregnet"],
  ["in_instalments", "afdragsordning"], ["overdue", "forfalden"], ["handed_over", "oversendt til inddrivelse"],
  ["written_off", "afskrevet"]];

export async function claimsPage({ main, user, notice }) {
  const [claims, receipts, families] = await Promise.all([
    get("/api/v1/claims"), get("/api/v1/receipts"), get("/api/v1/families")]);
  const names = new Map(families.items.map((f) => [f.id, f.name]));
  const family = (id) => h("a", { href: `#/familie/${id}` }, names.get(id) ?? `Familie ${id}`);
  const redraw = (text) => claimsPage({ main, user, notice: text });
  const messages = messageArea();
  if (notice) messages.success(notice);
  const heading = h("h1", { tabindex: "-1" }, "Tilbagebetalingskrav");
  show(main,
    heading,
    messages.element,
    section("Krav", claimsTable(claims.items, family)),
    section("Indbetalinger uden krav", receiptsSection(receipts.items, claims.items, family, redraw)),
    section("Rykkere og inddrivelse", overdueSection(claims.items, family, redraw)));
  // Drawn again after a change: the focus was on a button that is gone; start from the top again.
  if (notice) heading.focus();
}

// Every claim, filtered by state without asking the server again.
function claimsTable(claims, family) {
  if (claims.length === 0) return h("p", {}, "Der er ingen krav.");
  const state = h("select", { name: "state" }, h("option", { value: "" }, "Alle"),
                  STATES.map(([code, label]) => h("option", { value: code }, label)));
  const body = h("div");
  const draw = () => {
    const shown = claims.filter((c) => !state.value || c.state === state.value);
    show(body, shown.length
      ? table(`Krav (${shown.length} af ${claims.length})`, ["Krav", "Familie", "År", "Krævet", "Rest", "Betales senest", "Status"],
          shown.map((c) => [h("a", { href: `#/krav/${c.id}` }, `Nr. ${c.id}`), family(c.family_id), String(c.year),
                            fmt.kroner(c.claimed_ore), fmt.kroner(c.balance_ore), fmt.date(c.due), c.state_label]),
          { numericColumns: [3, 4] })
      : h("p", {}, "Ingen krav har denne status."));
  };
  state.addEventListener("change", draw);
  draw();
  return [h("div", { class: "inline" }, field("Vis status", state)), body];
}

// Receipts with money not assigned: each can be assigned to a claim that still owes something.
function receiptsSection(receipts, claims, family, redraw) {
  if (receipts.length === 0) return h("p", {}, "Alle indbetalinger er fordelt på krav.");
  const owing = claims.filter((c) => c.balance_ore > 0);
  return [
    table("Indbetalinger med et beløb, der ikke er fordelt", ["Bogført", "Indbetaler", "Reference", "Beløb", "Ikke fordelt"],
      receipts.map((r) => [fmt.date(r.booked), r.payer_name || "–", r.reference || "–", fmt.kroner(r.amount_ore),
                           fmt.kroner(r.unassigned_ore)]),
      { numericColumns: [3, 4] }),
    owing.length
      ? receipts.map((r) => assignForm(r, owing, redraw))
      : h("p", {}, "Ingen krav mangler betaling: et beløb, der ikke er fordelt, skal betales tilbage til indbetaleren."),
  ];
}

function assignForm(receipt, owing, redraw) {
  const what = `${fmt.date(receipt.booked)} fra ${receipt.payer_name || "ukendt"} (${fmt.kroner(receipt.unassigned_ore)})`;
  const claim = h("select", { name: "claim_id", required: true },
    owing.map((c) => h("option", { value: c.id }, `Nr. ${c.id}, ${c.year}, rest ${fmt.kroner(c.balance_ore)}`)));
  const amount = h("input", { name: "amount", inputmode: "decimal", size: 10, autocomplete: "off" });
  const messages = messageArea();
  const form = h("form", { class: "inline", "aria-label": `Fordel indbetalingen ${what}` },
    field("Krav", claim), field("Beløb (kr)", amount, "Tomt: hele det ufordelte beløb, højst kravets rest"),
    h("button", { type: "submit" }, "Fordel på kravet"), messages.element);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { receipt_id: receipt.id };
    if (amount.value.trim()) {
      body.amount = parseHundredths(amount.value);
      if (body.amount === null) {
        messages.error({ field: "Beløb", message: "skriv et beløb med højst to decimaler, fx 500,00" });
        amount.focus();
        return;
      }
    }
    try {
      const settled = await post(`/api/v1/claims/${claim.value}/assign`, body);
      await redraw(`Indbetalingen ${what} er fordelt på krav nr. ${settled.id}; rest ${fmt.kroner(settled.balance_ore)}.`);
    } catch (error) {
      messages.error(error);
    }
  });
  return h("fieldset", {}, h("legend", {}, `Indbetaling ${what}`), form);
}

// Reminders due today (recorded as sent, each once) and claims ready for hand-over.
function overdueSection(claims, family, redraw) {
  const today = fmt.today();
  const due = claims.filter((c) => c.next_reminder && c.next_reminder <= today);
  const ready = claims.filter((c) => c.handover_from && c.handover_from <= today);
  const messages = messageArea();
  const send = async () => {
    if (!confirm(`Registrer ${due.length} rykkere som sendt i dag?`)) return;
    try {
      const sent = (await post("/api/v1/claims/reminders", {})).items;
      await redraw(`${sent.length} rykkere er registreret som sendt.`);
    } catch (error) {
      messages.error(error);
    }
  };
  return [
    due.length
      ? [table("Rykkere, der skal sendes", ["Krav", "Familie", "Betales senest", "Rykkere sendt", "Rest"],
          due.map((c) => [h("a", { href: `#/krav/${c.id}` }, `Nr. ${c.id}`), family(c.family_id), fmt.date(c.due),
                          String(c.reminders_sent), fmt.kroner(c.balance_ore)]), { numericColumns: [3, 4] }),
         h("div", { class: "actions" }, h("button", { type: "button", onclick: send }, "Registrer rykkerne som sendt"))]
      : h("p", {}, "Ingen rykkere skal sendes i dag."),
    ready.length
      ? [table("Klar til oversendelse til Gældsstyrelsen", ["Krav", "Familie", "Rykkere sendt", "Rest"],
          ready.map((c) => [h("a", { href: `#/krav/${c.id}` }, `Nr. ${c.id}`), family(c.family_id), String(c.reminders_sent),
                            fmt.kroner(c.balance_ore)]), { numericColumns: [2, 3] }),
         h("div", { class: "actions" },
           downloadButton("Hent overdragelsesfil (CSV) og registrer oversendelsen", "POST", "/api/v1/claims/handover", {}, messages))]
      : null,
    messages.element,
  ];
}
