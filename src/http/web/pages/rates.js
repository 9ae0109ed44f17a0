// A year's rates (caps, percentages, ATP table), each with its Danish name and
// source; an estimated figure is marked, and finance replaces it with the
// published one when it is known (audited, like `hjt rates set`). A year
// without rates says so, and finance may open it as estimates from the year
// before (like `hjt rates open-year`).
import { get, post, put } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { announce, errorSummary, fieldName, onPress, onSubmit, parseHundredths } from "../ui.js";

const SHOWN = { ore: fmt.kroner, basis_points: fmt.percent, hundredths_of_hours: fmt.hours };
const UNIT_HINT = { ore: "kroner, fx 720.732,00", basis_points: "procent, fx 12,5", hundredths_of_hours: "timer, fx 39" };

export async function ratesPage({ main, user, params, notice }) {
  const year = Number(params.year ?? fmt.today().slice(0, 4));
  const reload = (text) => ratesPage({ main, user, params: { year: String(year) }, notice: text });
  let rates;
  try {
    rates = await get(`/api/v1/rates/${year}`);
  } catch (error) {
    if (error.status !== 404) throw error;
    return noRatesYet(main, user, year, reload);
  }
  const estimated = rates.figures.filter((f) => f.estimated);
  show(main,
    ...heading(year),
    h("p", {}, estimated.length ? `${estimated.length} satser er skøn (markeret med *): erstat dem, når de offentliggøres.` : "Alle satser er offentliggjorte."),
    user.role === "finance" && estimated.length ? publishForm(year, estimated, reload) : null,
    table(`Satser for ${year}`, ["Sats", "Værdi", "Kilde"],
      rates.figures.map((f) => [h("span", {}, f.estimated ? `* ${f.label}` : f.label, h("br"), h("small", { class: "hint" }, f.name)),
        (SHOWN[f.unit] ?? String)(f.value), f.source]),
      { numericColumns: [1] }));
  if (notice) announce(notice);  // saved: confirmed under the heading, with the focus
}

const heading = (year) => [h("h1", {}, `Satser ${year}`),
  h("nav", { class: "week-nav", "aria-label": "År" },
    h("a", { href: `#/satser/${year - 1}` }, `← ${year - 1}`), h("a", { href: `#/satser/${year + 1}` }, `${year + 1} →`))];

// A year without rates: say so, and let finance open it as estimates from the year before.
function noRatesYet(main, user, year, reload) {
  const problems = errorSummary();
  const open = h("button", { type: "button" }, `Opret ${year} som skøn ud fra ${year - 1}`);
  onPress(open, async () => {
    problems.clear();
    try {
      const opened = await post(`/api/v1/rates/${year}`);
      await reload(`Satserne for ${year} er oprettet: ${opened.figures.length} skøn. Erstat hvert, når det offentliggøres.`);
    } catch (error) {
      problems.show([{ control: null, label: fieldName(error), message: error.message }]);
    }
  }, { busyText: "Opretter …" });
  show(main,
    ...heading(year),
    h("p", {}, `Der er endnu ingen satser for ${year}, så udbetalinger for ${year} kan ikke forberedes.`),
    problems.element,
    user.role === "finance"
      ? h("p", {}, `Opret året med ${year - 1}s satser som skøn, og erstat dem med de offentliggjorte, når de kendes. `, open)
      : h("p", {}, "Økonomimedarbejderne kan oprette året."));
}

function publishForm(year, estimated, reload) {
  const name = h("select", { name: "name" }, estimated.map((f) => h("option", { value: f.name }, f.label)));
  const value = h("input", { name: "value", inputmode: "decimal", required: true });
  const source = h("input", { name: "source", required: true, size: 40 });
  const hint = h("p", { class: "hint" });
  const unitOf = () => estimated.find((f) => f.name === name.value)?.unit;
  const updateHint = () => { hint.textContent = `I ${UNIT_HINT[unitOf()] ?? "satsens enhed"}.`; };
  name.addEventListener("change", updateHint);
  updateHint();
  const problems = errorSummary();
  const form = h("form", { class: "inline" }, problems.element, field("Sats", name), field("Offentliggjort værdi", value), hint,
    field("Kilde (fx lov eller vejledning)", source), h("button", { type: "submit" }, "Erstat skønnet"));
  const labels = { name: [name, "Sats"], value: [value, "Offentliggjort værdi"], source: [source, "Kilde (fx lov eller vejledning)"] };
  const refuse = (fieldKey, message) => {
    const [control, label] = labels[fieldKey] ?? [null, fieldKey];
    problems.show([{ control, label, message }]);
  };
  onSubmit(form, async () => {
    problems.clear();
    const number = parseHundredths(value.value);
    if (number === null) return refuse("value", "skriv værdien som et tal med højst to decimaler.");
    try {
      const change = await put(`/api/v1/rates/${year}`, { name: name.value, value: number, source: source.value });
      await reload(`${change.after.label} er nu ${(SHOWN[change.after.unit] ?? String)(change.after.value)} (offentliggjort).`);
    } catch (error) {
      refuse(error.field, error.message);
    }
  });
  return h("section", { "aria-labelledby": "offentliggjort" }, h("h2", { id: "offentliggjort" }, "Erstat et skøn"), form);
}
