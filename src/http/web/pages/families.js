// Every family (staff): name, CVR, bank account and status; each links to
// the family's overview with its children, grants and helpers.
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import { messageArea, section } from "../ui.js";

export async function familiesPage({ main, user }) {
  const families = (await get("/api/v1/families")).items;
  const filter = h("input", { type: "search", name: "filter", autocomplete: "off" });
  const list = h("div");
  const draw = () => {
    const wanted = filter.value.trim().toLowerCase();
    const shown = families.filter((f) => !wanted || f.name.toLowerCase().includes(wanted) || f.cvr.includes(wanted));
    show(list, table(`${shown.length} af ${families.length} familier`, ["Familie", "CVR", "Bankkonto", "Status"],
      shown.map((f) => [h("a", { href: `#/familie/${f.id}` }, f.name), f.cvr,
                        f.bank ? `${f.bank.reg_no} ${f.bank.account_no}` : h("strong", {}, "mangler"), f.status])));
  };
  filter.addEventListener("input", draw);
  const mayCreate = user.role === "caseworker" || user.role === "admin";
  show(main, h("h1", {}, "Familier"), mayCreate ? section("Ny familie", newFamilyForm()) : null,
       field("Søg på navn eller CVR", filter), list);
  draw();
}

// A family as employer: name and CVR, and the business account payouts go to.
function newFamilyForm() {
  const inputs = {
    name: h("input", { name: "name", required: true, autocomplete: "off" }),
    cvr: h("input", { name: "cvr", required: true, inputmode: "numeric", pattern: "\\d{8}", size: 10 }),
    reg_no: h("input", { name: "reg_no", inputmode: "numeric", pattern: "\\d{4}", size: 6 }),
    account_no: h("input", { name: "account_no", inputmode: "numeric", pattern: "\\d{1,10}", size: 12 }),
    contact_email: h("input", { name: "contact_email", type: "email" }),
    contact_phone: h("input", { name: "contact_phone", type: "tel" }),
  };
  const messages = messageArea();
  const form = h("form", { class: "inline" },
    field("Navn (arbejdsgiver)", inputs.name), field("CVR/SE-nummer", inputs.cvr), field("Reg.nr.", inputs.reg_no),
    field("Kontonr.", inputs.account_no), field("E-mail", inputs.contact_email), field("Telefon", inputs.contact_phone),
    h("button", { type: "submit" }, "Opret familie"), messages.element);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const value = (name) => inputs[name].value.trim();
    try {
      const family = await post("/api/v1/families", {
        name: value("name"), cvr: value("cvr"), contact_email: value("contact_email"), contact_phone: value("contact_phone"),
        bank: value("reg_no") || value("account_no") ? { reg_no: value("reg_no"), account_no: value("account_no") } : null,
      });
      location.hash = `#/familie/${family.id}`;
    } catch (error) {
      messages.error(error);
    }
  });
  return h("details", {}, h("summary", {}, "Opret en ny familie"), form);
}
