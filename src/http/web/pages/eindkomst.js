// eIndkomst for finance (issue 23, README "eIndkomst"): report a month for
// every employer (the families) and the municipality's own lost earnings, see
// what was new, corrected, unchanged or refused and why, and save each file
// for upload to Skattestyrelsen. Reporting stores what was sent, so it asks first.
import { post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { messageArea, onPress, section } from "../ui.js";

export async function eindkomstPage({ main, params }) {
  const lastMonth = new Date();
  lastMonth.setDate(1);
  lastMonth.setMonth(lastMonth.getMonth() - 1);
  const month = h("input", { type: "month", name: "month", required: true,
                             value: params.month ?? fmt.isoDate(lastMonth).slice(0, 7) });
  const testFile = h("input", { type: "checkbox", name: "test", checked: true });
  const messages = messageArea();
  const results = h("div");
  const report = async () => {
    if (!confirm(`Indberet ${fmt.month(month.value)} til eIndkomst? Det, der sendes, gemmes; en ændring sendes siden som rettelse.`)) return;
    try {
      const answer = await post(`/api/v1/eindkomst/${month.value}`, { test: testFile.checked });
      messages.success(`${fmt.month(answer.month)}: ${answer.employers.length} arbejdsgivere, ${answer.refused} afvist.`);
      show(results, employerTable(answer));
    } catch (error) {
      messages.error(error);
    }
  };
  // Once: a second press while it sends would report the month again (as corrections).
  const send = h("button", { type: "button" }, "Indberet måneden");
  onPress(send, report, { busyText: "Indberetter …" });
  show(main,
    h("h1", {}, "eIndkomst"),
    h("p", {}, "Månedens indberetninger: én fil pr. arbejdsgiver (familierne) og kommunens egen for tabt arbejdsfortjeneste. " +
               "Filerne indeholder CPR-numre; gem dem kun der, hvor de uploades fra."),
    h("div", { class: "inline" }, field("Måned", month), field("Testfil (T i post 1000)", testFile), send),
    messages.element,
    results);
}

// A file from the answer, saved by the browser; nothing is stored on the server beyond the report itself.
function fileLink(employer) {
  if (!employer.file_name) return "—";
  const url = URL.createObjectURL(new Blob([employer.content], { type: "text/plain" }));
  return h("a", { href: url, download: employer.file_name }, `Gem ${employer.file_name}`);
}

function employerTable(answer) {
  const rows = answer.employers.map((e) => [
    e.family_id ? h("a", { href: `#/familie/${e.family_id}` }, e.family_name) : e.family_name || "Kommunen",
    e.employer_se || "—",
    String(e.reports), String(e.corrections), String(e.unchanged),
    e.zero_report ? "ja" : "",
    e.refused ? `Afvist (${e.field}): ${e.refused}` : "Indberettet",
    fileLink(e),
  ]);
  return section(`Arbejdsgivere ${fmt.month(answer.month)}`,
    table("Indberetninger pr. arbejdsgiver", ["Arbejdsgiver", "SE-nr.", "Nye", "Rettelser", "Uændrede", "Nulangivelse", "Status", "Fil"],
          rows, { numericColumns: [2, 3, 4] }));
}
