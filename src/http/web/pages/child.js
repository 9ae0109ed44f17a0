// One child: the grants (bevillinger) with every version, newest last.
// Caseworkers and admins add a version (a change of hours or wage from a
// date); versions are never edited, as the API refuses it.
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { messageArea, parseHundredths, section } from "../ui.js";

export async function childPage({ main, user, params }) {
  const child = await get(`/api/v1/children/${params.id}`);
  const [family, grants] = await Promise.all([
    get(`/api/v1/families/${child.family_id}`),
    get(`/api/v1/children/${child.id}/grants`),
  ]);
  const mayWrite = user.role === "caseworker" || user.role === "admin";
  show(main,
    h("h1", {}, child.name),
    h("p", {}, "Familie: ", h("a", { href: `#/familie/${family.id}` }, family.name), `. CPR ${child.cpr}.`),
    grants.items.length === 0 ? h("p", {}, "Barnet har ingen bevillinger.") : null,
    grants.items.map((g) => section(`Bevilling ${g.decision_ref}`,
      h("p", {}, `Afgjort ${fmt.date(g.decision_date)}, gælder ${fmt.date(g.valid_from)} – ${g.valid_to ? fmt.date(g.valid_to) : "indtil videre"}.`),
      table(`Versioner af bevilling ${g.decision_ref}`, ["Fra", "Timer pr. uge", "Timeløn", "Faste beløb pr. måned", "Note"],
        g.versions.map((v) => [fmt.date(v.effective_from), fmt.hours(v.weekly_hours), fmt.kroner(v.hourly_wage),
          v.fixed_lines.map((l) => `${l.purpose}: ${fmt.kroner(l.monthly_amount)}`).join("; ") || "–", v.note || ""]),
        { numericColumns: [1, 2] }),
      mayWrite ? versionForm(g, () => childPage({ main, user, params })) : null)));
}

function versionForm(grant, reload) {
  const last = grant.versions[grant.versions.length - 1];
  const from = h("input", { type: "date", name: "effective_from", required: true });
  const hours = h("input", { name: "weekly_hours", inputmode: "decimal", required: true, value: last ? fmt.hours(last.weekly_hours).replace(" t", "") : "" });
  const wage = h("input", { name: "hourly_wage", inputmode: "decimal", required: true, value: last ? fmt.kroner(last.hourly_wage).replace(" kr.", "") : "" });
  const note = h("input", { name: "note" });
  const messages = messageArea();
  const form = h("form", { class: "inline" },
    field("Gælder fra", from), field("Timer pr. uge", hours), field("Timeløn (kr.)", wage), field("Note", note),
    h("button", { type: "submit" }, "Tilføj version"), messages.element);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const weekly = parseHundredths(hours.value), hourly = parseHundredths(wage.value);
    if (weekly === null || hourly === null) {
      messages.error({ message: "Skriv timer og timeløn som tal med højst to decimaler, fx 20,00 og 145,00." });
      return;
    }
    try {
      // A new version carries the last version's fixed lines and budgets on.
      await post(`/api/v1/grants/${grant.id}/versions`, {
        effective_from: from.value, weekly_hours: weekly, hourly_wage: hourly, note: note.value,
        fixed_lines: last?.fixed_lines ?? [], expense_budgets: last?.expense_budgets ?? [],
      });
      await reload();
    } catch (error) {
      messages.error(error);
    }
  });
  return h("details", {}, h("summary", {}, "Ny version af bevillingen"), form);
}
