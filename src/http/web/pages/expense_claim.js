// A family's expense claim (udlæg) with its receipt (bilag), on the family's
// overview: child, date, category, amount and the receipt as a PDF, JPEG or
// PNG file. The service checks the file by its bytes and size (5 MB) and
// stores it with the expense, or refuses both, naming the field; the refusal
// is shown at the field it names.
import { field, h } from "../dom.js";
import { messageArea, parseHundredths } from "../ui.js";
import { readFile } from "./upload.js";

// The API's field names in Danish, for a refusal.
const LABELS = { child_id: "Barn", date: "Dato", category: "Kategori", amount: "Beløb (kr)", receipt: "Bilag", document_ref: "Bilagstekst" };

export function expenseClaimForm(children, categories, save) {
  const c = {
    child_id: h("select", { name: "child_id" }, children.map((x) => h("option", { value: x.id }, x.name))),
    date: h("input", { name: "date", type: "date", required: true }),
    category: h("input", { name: "category", required: true, list: "udlaeg-kategorier", autocomplete: "off" }),
    amount: h("input", { name: "amount", inputmode: "decimal", size: 10, required: true, autocomplete: "off" }),
    receipt: h("input", { name: "receipt", type: "file", accept: ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" }),
    document_ref: h("input", { name: "document_ref", autocomplete: "off" }),
  };
  const messages = messageArea();
  const controls = Object.values(c);
  const form = h("form", { class: "inline" },
    field(LABELS.child_id, c.child_id),
    field(LABELS.date, c.date),
    field(LABELS.category, c.category, "Den kategori i bevillingen, udgiften hører til, fx træningsmaterialer."),
    h("datalist", { id: "udlaeg-kategorier" }, categories.map((name) => h("option", { value: name }))),
    field(LABELS.amount, c.amount, "Fx 450,00"),
    field(LABELS.receipt, c.receipt, "Kvitteringen som PDF, JPEG eller PNG, højst 5 MB."),
    field(LABELS.document_ref, c.document_ref, "Tom: bilagets filnavn."),
    h("button", { type: "submit" }, "Indsend udlægget"),
    messages.element);
  const refuse = (name, message) => {
    c[name].setAttribute("aria-invalid", "true");
    messages.error({ field: LABELS[name] ?? name, message });
    c[name].focus();
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    controls.forEach((x) => x.removeAttribute("aria-invalid"));
    const amount = parseHundredths(c.amount.value);
    if (amount === null) return refuse("amount", "skriv et beløb med højst to decimaler, fx 450,00");
    const file = c.receipt.files[0];
    if (!file) return refuse("receipt", "vedlæg kvitteringen som PDF, JPEG eller PNG");
    const dataUrl = await readFile(file, true);
    const body = {
      child_id: Number(c.child_id.value), date: c.date.value, category: c.category.value.trim(), amount,
      document_ref: c.document_ref.value.trim() || file.name,
      receipt: { file_name: file.name, content_base64: dataUrl.slice(dataUrl.indexOf(",") + 1) },
    };
    try {
      await save(body);
    } catch (error) {
      if (error.field && c[error.field]) refuse(error.field, error.message);
      else messages.error(error);
    }
  });
  return form;
}
