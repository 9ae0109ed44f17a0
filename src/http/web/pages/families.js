// Every family (staff): name, CVR, bank account and status; each links to
// the family's overview with its children, grants and helpers. Caseworkers
// and admins create a family here.
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { familyForm, folded } from "../forms.js";
import { section, writesRegister } from "../ui.js";

export async function familiesPage({ main, user }) {
  const families = (await get("/api/v1/families")).items;
  const filter = h("input", { type: "search", name: "filter", autocomplete: "off" });
  const list = h("div");
  const draw = () => {
    const wanted = filter.value.trim().toLowerCase();
    const shown = families.filter((f) => !wanted || f.name.toLowerCase().includes(wanted) || f.cvr.includes(wanted));
    show(list, table(`${shown.length} af ${families.length} familier`, ["Familie", "CVR", "Bankkonto", "Status"],
      shown.map((f) => [h("a", { href: `#/familie/${f.id}` }, f.name), f.cvr,
                        f.bank ? fmt.bankAccount(f.bank) : h("strong", {}, "mangler"), fmt.familyStatus(f.status)])));
  };
  filter.addEventListener("input", draw);
  const mayCreate = writesRegister(user);
  const create = familyForm(null, async (body) => {
    const family = await post("/api/v1/families", body);
    location.hash = `#/familie/${family.id}`;
  });
  show(main, h("h1", {}, "Familier"), mayCreate ? section("Ny familie", folded("Opret en ny familie", create)) : null,
       field("Søg på navn eller CVR", filter), list);
  draw();
}
