// Upload a timesheet: the CSV format (sample-data/README.md, shifts.csv) or
// the project's xlsx template. All or nothing: a bad file is refused whole
// with every bad line listed, and nothing is stored.
import { get, post } from "../api.js";
import { field, h, show } from "../dom.js";
import * as fmt from "../format.js";
import { announce, messageArea, onSubmit } from "../ui.js";

function readFile(file, asDataUrl) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    if (asDataUrl) reader.readAsDataURL(file);
    else reader.readAsText(file, "utf-8");
  });
}

export async function uploadPage({ main, params }) {
  const family = await get(`/api/v1/families/${params.id}`);
  const input = h("input", { type: "file", name: "file", accept: ".csv,.xlsx,text/csv", required: true });
  const messages = messageArea();
  const done = h("div");  // the confirmation
  const form = h("form", { class: "narrow" },
    field("Timeliste (CSV eller Excel)", input,
      "CSV: kolonnerne helper;date;start;end, semikolon, datoer som dd-mm-åååå. Excel: kommunens skabelon."),
    h("button", { type: "submit" }, "Upload"),
    messages.element, done);
  onSubmit(form, async () => {
    messages.clear();
    show(done);
    const file = input.files[0];
    if (!file) return;
    try {
      const xlsx = /\.xlsx$/i.test(file.name);
      const content = await readFile(file, xlsx);
      const body = xlsx ? { xlsx_base64: content.slice(content.indexOf(",") + 1), file_name: file.name }
                        : { csv: content, file_name: file.name };
      const report = await post(`/api/v1/families/${family.id}/shift-imports`, body);
      announce(`${report.shifts} vagter indlæst fra ${report.file_name}: ${fmt.minutes(report.minutes)} i alt, ` +
               `${fmt.minutes(report.subsidisable_minutes)} med tilskud.`, { place: done });
    } catch (error) {
      messages.error(error);
    }
  }, { busyText: "Indlæser …" });
  show(main, h("h1", {}, "Upload timeliste"), h("p", {}, `${family.name}. Filen indlæses helt eller slet ikke: er der fejl, vises alle linjer med fejl, og intet gemmes.`), form);
}
