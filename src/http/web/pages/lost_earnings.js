// Every lost-earnings award (tabt arbejdsfortjeneste, Barnets Lov § 87) on
// one page for caseworkers and finance: family, child, parent, period, the
// parent's lost income a month as awarded (income before × hours off / normal
// hours, before the cap and regulation) and the state today, with what holds
// it back (no normal hours, an account under verification). Each award links
// to its child's page, where it is changed and a new one is awarded.
import { get } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";

const STATE = { upcoming: "Kommende", running: "Løbende", ended: "Afsluttet" };

function stateText(a) {
  const notes = [];
  if (a.normal_weekly_hours === null) notes.push("mangler forælderens arbejdstid – udbetales ikke");
  if (!a.parent_bank) notes.push("mangler forælderens konto");
  if (a.parent_bank_unconfirmed_by || a.pension_unconfirmed_by) notes.push("konto til kontrol");
  return [STATE[a.state] ?? a.state, ...notes].join("; ");
}

export async function lostEarningsPage({ main }) {
  const awards = (await get("/api/v1/lost-earnings")).items;
  const filter = h("input", { type: "search", name: "filter", autocomplete: "off" });
  const list = h("div");
  const draw = () => {
    const wanted = filter.value.trim().toLowerCase();
    const shown = awards.filter((a) => !wanted || [a.family_name, a.child_name, a.parent_name]
      .some((text) => text.toLowerCase().includes(wanted)));
    show(list, table(`${shown.length} af ${awards.length} bevillinger af tabt arbejdsfortjeneste`,
      ["Familie", "Barn", "Forælder", "Periode", "Tabt indtægt pr. måned", "Tilstand"],
      shown.map((a) => [
        h("a", { href: `#/familie/${a.family_id}` }, a.family_name),
        h("a", { href: `#/barn/${a.child_id}` }, a.child_name),
        a.parent_name,
        `${fmt.date(a.period_from)} – ${a.period_to ? fmt.date(a.period_to) : "indtil videre"}`,
        a.monthly_reduction === null ? "–" : fmt.kroner(a.monthly_reduction),
        stateText(a),
      ]), { numericColumns: [4] }));
  };
  filter.addEventListener("input", draw);
  show(main, h("h1", {}, "Tabt arbejdsfortjeneste"),
       h("p", {}, "Tabt indtægt pr. måned er indkomsten før × nedsatte timer / normale timer, som bevilget: før loftet og ",
         "satsreguleringen, som udbetalingen lægger på. En bevilling ændres, og en ny oprettes, på barnets side."),
       field("Søg på familie, barn eller forælder", filter), list);
  draw();
}
