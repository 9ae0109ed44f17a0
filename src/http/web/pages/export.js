// The auditor's export of a year (every run, line, posting, reconciliation
// and the audit trail's state) as one workbook or as CSV files in a zip.
import { field, h, show } from "../dom.js";
import * as fmt from "../format.js";
import { downloadButton, messageArea } from "../ui.js";

export async function exportPage({ main }) {
  const year = h("input", { type: "number", name: "year", min: 2000, max: 2099, required: true,
                            value: Number(fmt.today().slice(0, 4)) - 1 });
  const messages = messageArea();
  const path = (format) => () => `/api/v1/audit-export?year=${year.value}${format === "csv" ? "&format=csv" : ""}`;
  show(main,
    h("h1", {}, "Revisionseksport"),
    h("p", {}, "Årets udbetalinger, posteringer og afstemninger til revisionen. CPR-numre er maskerede."),
    h("div", { class: "inline" }, field("År", year),
      downloadButton("Hent som Excel", "GET", path("xlsx"), undefined, messages),
      downloadButton("Hent som CSV (zip)", "GET", path("csv"), undefined, messages)),
    messages.element);
}
