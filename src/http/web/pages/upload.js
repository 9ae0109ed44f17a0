// Upload a timesheet: a CSV file with the Danish header or the xlsx template,
// both downloadable here (the API writes them, so their header is the one
// the import reads). The helper is named by name, as the family knows them.
// All or nothing: a bad file is refused whole with every bad line listed, and
// nothing is stored.
import { get, post } from "../api.js";
import { field, h, show } from "../dom.js";
import * as fmt from "../format.js";
import { announce, downloadButton, messageArea, onSubmit, section } from "../ui.js";

export function readFile(file, asDataUrl) {
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
  const helpers = (await get(`/api/v1/families/${family.id}/helpers`)).items;
  const input = h("input", { type: "file", name: "file", accept: ".csv,.xlsx,text/csv", required: true });
  const messages = messageArea();
  const done = h("div");  // the confirmation
  const form = h("form", { class: "narrow" },
    field("Timeliste (CSV eller Excel)", input,
      "CSV: kolonnerne hjælper;dato;start;slut og eventuelt art (arbejde eller syg), adskilt af semikolon. " +
      "Hjælperen skrives med sit navn, datoen som dd-mm-åååå og tiderne som tt:mm. Excel: skabelonen nedenfor."),
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
  show(main, h("h1", {}, "Upload timeliste"), h("p", {}, `${family.name}. Filen indlæses helt eller slet ikke: er der fejl, vises alle linjer med fejl, og intet gemmes.`), form,
    templates(family, helpers));
}

// The templates to fill in: the CSV with its header, an Excel sheet per helper with the name filled in.
function templates(family, helpers) {
  const messages = messageArea();
  return section("Skabeloner",
    h("p", {}, "Hent en skabelon, udfyld den og upload den ovenfor."),
    h("div", { class: "actions" },
      downloadButton("Hent CSV-skabelon", "GET", `/api/v1/families/${family.id}/timesheet.csv`, undefined, messages),
      helpers.map((x) => downloadButton(`Hent Excel-skabelon for ${x.name}`, "GET", `/api/v1/helpers/${x.id}/timesheet.xlsx`, undefined, messages))),
    messages.element);
}
