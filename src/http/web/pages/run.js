// Reviewing a payout run: the flags first (families held back, new accounts,
// catch-up, caps, support ending), the sums held back and paid late, the
// payees the run pays (approved with it), then the amount per family. A second finance user approves it,
// naming the content they reviewed (content_hash), so a run prepared again
// in the meantime is not approved unseen. Then the run sheet and bank file.
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { downloadButton, messageArea, onPress, section } from "../ui.js";

const FLAG_NAMES = {
  missing_bank_account: "Mangler bankkonto",
  cap_reached: "Loftet er nået",
  turns_18: "Fylder 18",
  negative_total: "Negativ sum",
  missing_parent_account: "Forælder mangler konto",
  missing_normal_hours: "Forælderens arbejdstid mangler",
  missing_pension_scheme: "Mangler pensionsordning",
  account_changed: "Ny bankkonto",
  held_back_released: "Tilbageholdt udbetales",
  catch_up: "Efterbetaling",
  expense_over_budget: "Udlæg ud over budget",
  account_unconfirmed: "Bankkonto til kontrol",
  payroll_not_covered: "Lønservice ikke dækket",
  grant_without_hours: "Bevilling uden timer",
};

const PAYEE_NAMES = { family: "Familie", parent: "Forælder", pension: "Pensionsordning",
                      tax_authority: "Skattestyrelsen", atp: "ATP", holiday_fund: "FerieKonto" };

// The run sheet's column names of the line kinds (domain/line_kinds.h).
const KIND_NAMES = {
  helper: "Hjælpere", fixed: "Faste beløb", expense: "Udlæg", adjustment: "Efterregulering",
  lost_earnings: "Tabt arbejdsfortjeneste", lost_earnings_pension: "Pension (tabt arb.)",
  payroll_withheld: "Lønservice, tilbageholdt", payroll_tax: "A-skat og AM-bidrag", payroll_atp: "ATP",
  payroll_holiday_pay: "Feriepenge", set_off: "Modregning", top_up_payment: "Efterbetaling (årsopgørelse)",
};
// A page shows this many lines; the run sheet has them all.
const LINES_SHOWN = 500;

export async function runPage({ main, user, params, notice }) {
  const [run, families] = await Promise.all([get(`/api/v1/payout-runs/${params.id}`), get("/api/v1/families")]);
  const names = new Map(families.items.map((f) => [f.id, f.name]));
  const family = (id) => h("a", { href: `#/familie/${id}` }, names.get(id) ?? `Familie ${id}`);
  const messages = messageArea();
  const finance = user.role === "finance";
  const reload = (text) => runPage({ main, user, params, notice: text });
  if (notice) messages.success(notice);

  const perFamily = new Map();
  for (const line of run.lines) {
    const sum = perFamily.get(line.family_id) ?? { lines: 0, amount: 0 };
    sum.lines += 1;
    sum.amount += line.amount;
    perFamily.set(line.family_id, sum);
  }

  // Money moves on these: each asks first, saying what and how much.
  const act = (text, path, body, done, question) => {
    const button = h("button", { type: "button" }, text);
    onPress(button, async () => {
      if (!confirm(question)) return;
      try {
        await post(path, body);
        await reload(done);
      } catch (error) {
        messages.error(error);
      }
    }, { busyText: "Arbejder …" });
    return button;
  };

  const actions = [];
  // Four eyes: the preparer gets no approve button (the API would refuse it anyway).
  if (finance && run.status === "draft" && run.prepared_by !== user.username)
    actions.push(act("Godkend kørslen", `/api/v1/payout-runs/${run.id}/approve`, { content_hash: run.content_hash },
      "Kørslen er godkendt.", `Godkend udbetalingen for ${fmt.month(run.month)} på ${fmt.kroner(run.total)}?`));
  if (finance && run.status === "approved")
    actions.push(act("Marker som udbetalt", `/api/v1/payout-runs/${run.id}/mark-paid`, {}, "Kørslen er markeret som udbetalt.",
      `Marker ${fmt.month(run.month)} (${fmt.kroner(run.total)}) som udbetalt af banken?`));
  actions.push(downloadButton("Hent kørselsark (Excel)", "GET", `/api/v1/payout-runs/${run.id}/sheet`, undefined, messages));
  if (finance && run.status !== "draft") {
    const format = h("select", { name: "format" }, h("option", { value: "xml" }, "ISO 20022 (pain.001, XML)"), h("option", { value: "csv" }, "CSV"));
    actions.push(h("div", { class: "inline" }, field("Bankfilens format", format),
      downloadButton("Hent bankfil", "POST", `/api/v1/payout-runs/${run.id}/bank-file`, () => ({ format: format.value }), messages)));
  }

  show(main,
    h("h1", {}, `Udbetaling ${fmt.month(run.month)}`),
    h("dl", { class: "facts" },
      h("dt", {}, "Status"), h("dd", {}, fmt.runStatus(run.status)),
      h("dt", {}, "Forberedt"), h("dd", {}, `${run.prepared_by}, ${fmt.timestamp(run.prepared_at)}`),
      h("dt", {}, "Godkendt"), h("dd", {}, run.approved_by ? `${run.approved_by}, ${fmt.timestamp(run.approved_at)}` : "endnu ikke"),
      h("dt", {}, "I alt"), h("dd", {}, fmt.kroner(run.total)),
      h("dt", {}, "Tilbageholdt"), h("dd", {}, fmt.kroner(run.held_back)),
      h("dt", {}, "Efterbetaling"), h("dd", {}, run.catch_up.months.length
        ? `${run.catch_up.months.map(fmt.month).join(", ")}: ${run.catch_up.lines} linjer, ${fmt.kroner(run.catch_up.total)}`
        : "ingen")),
    finance && run.status === "draft" && run.prepared_by === user.username
      ? h("p", { class: "note" }, "Du har forberedt kørslen: en anden medarbejder i økonomi skal godkende den.") : null,
    messages.element,
    h("div", { class: "actions" }, actions),
    section(`Markeringer (${run.flags.length})`,
      run.flags.length
        ? table("Markeringer – gennemgå dem først", ["Familie", "Markering", "Besked"],
            run.flags.map((f) => [family(f.family_id), FLAG_NAMES[f.code] ?? f.code, f.message]))
        : h("p", {}, "Ingen markeringer.")),
    section("Modtagere",
      table("Modtagere som kørslen betaler (godkendes med kørslen)", ["Familie", "Modtager", "Navn", "Reg.nr.", "Kontonr."],
        run.payees.map((p) => [family(p.family_id), PAYEE_NAMES[p.payee] ?? p.payee, p.name, p.reg_no ?? "–", p.account_no ?? "ingen konto"]))),
    section("Beløb pr. familie",
      table(`${perFamily.size} familier`, ["Familie", "Linjer", "Beløb"],
        [...perFamily].map(([id, sum]) => [family(id), String(sum.lines), fmt.kroner(sum.amount)]), { numericColumns: [1, 2] })),
    section(`Linjer (${run.lines.length})`, linesTable(run.lines, family)));
}

// The run's lines as the approver reviews them; a long run shows its first lines and points to the run sheet.
function linesTable(lines, family) {
  const shown = lines.slice(0, LINES_SHOWN);
  return [
    lines.length > LINES_SHOWN
      ? h("p", { class: "note" }, `De første ${LINES_SHOWN} af ${lines.length} linjer; alle står i kørselsarket.`) : null,
    table("Kørslens linjer", ["Familie", "Art", "Måned", "Beskrivelse", "Beløb", "Tilbageholdt"],
      shown.map((l) => [family(l.family_id), KIND_NAMES[l.kind] ?? l.kind, fmt.month(l.month_concerned), l.description,
                        fmt.kroner(l.amount), l.held_back || ""]),
      { numericColumns: [4] }),
  ];
}
