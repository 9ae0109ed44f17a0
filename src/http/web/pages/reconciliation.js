// The annual reconciliation (domain.md §7) for finance: compute the drafts of
// a year for every family, see the repayment claims first, and make the year
// final (posts each claim or top-up to the family's ledger and closes the
// year; the API refuses it before the year is over).
import { post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { messageArea, onPress, section } from "../ui.js";

const OUTCOMES = { zero: "går op", repayment_claim: "tilbagebetaling", top_up: "efterbetaling", top_up_not_paid: "efterbetales ikke" };
const STATUSES = { draft: "kladde", final: "endelig", not_stored: "ikke gemt" };

export async function reconciliationPage({ main, user, params }) {
  const year = h("input", { type: "number", name: "year", min: 2000, max: 2099, required: true,
                            value: params.year ?? Number(fmt.today().slice(0, 4)) - 1 });
  const messages = messageArea();
  const results = h("div");
  const runWith = (path, done) => async () => {
    try {
      const report = await post(path, { year: Number(year.value) });
      messages.success(done(report));
      show(results, reconciliationTables(report));
    } catch (error) {
      messages.error(error);
    }
  };
  const draft = h("button", { type: "button" }, "Beregn kladde");
  const final = h("button", { type: "button", class: "secondary danger" }, "Gør året endeligt");
  const controls = h("div", { class: "inline" }, field("År", year), draft, final);
  // One at a time: the two buttons share the busy state.
  onPress(draft, runWith("/api/v1/reconciliations", (r) => `Kladde for ${r.year} beregnet for ${r.computed} børn.`),
          { busyText: "Beregner …", group: controls });
  const finalRun = runWith("/api/v1/reconciliations/final",
    (r) => `${r.year} er gjort endeligt for ${r.families_closed} familier; bogført ${fmt.kroner(r.settlements)}.`);
  onPress(final, async () => {
    if (confirm(`Gør ${year.value} endeligt? Årets vagter, udgifter og linjer kan derefter ikke ændres.`)) await finalRun();
  }, { busyText: "Gør endeligt …", group: controls });
  show(main,
    h("h1", {}, "Årsafstemning"),
    user.role === "finance"
      ? controls
      : h("p", { class: "note" }, "Afstemningen beregnes af økonomi. Revisionen finder tallene i revisionseksporten."),
    messages.element,
    results);
}

function reconciliationTables(report) {
  const items = report.items;
  const claims = items.filter((r) => r.outcome === "repayment_claim");
  const row = (r) => [h("a", { href: `#/familie/${r.family_id}` }, r.child_name), fmt.hours(r.approved_hours), fmt.hours(r.used_hours),
                      fmt.kroner(r.eligible), fmt.kroner(r.received.total), fmt.kroner(r.balance), OUTCOMES[r.outcome] ?? r.outcome,
                      STATUSES[r.status] ?? r.status];
  const headings = ["Barn", "Bevilget", "Brugt", "Berettiget", "Modtaget", "Saldo", "Udfald", "Status"];
  const numeric = { numericColumns: [1, 2, 3, 4, 5] };
  return [
    section(`Tilbagebetalingskrav ${report.year} (${claims.length})`,
      claims.length ? table("Krav om tilbagebetaling (saldo: modtaget minus berettiget)", headings, claims.map(row), numeric)
                    : h("p", {}, "Ingen krav om tilbagebetaling.")),
    section(`Alle børn (${items.length})`, table(`Afstemning ${report.year}`, headings, items.map(row), numeric)),
  ];
}
