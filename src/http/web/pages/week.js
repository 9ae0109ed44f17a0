// The week view: one helper's shifts Monday to Sunday. For each day the
// family types a start and an end; while they type, the service classifies
// the shift without storing it (POST .../shift-preview) and the page shows
// how much is subsidised and why the rest is not. "Gem" stores it, "Ret"
// puts a stored shift back in the fields to change it, "Slet" removes it.
// Finance staff and auditors see the same week without the forms.
import { get, post, put, remove } from "../api.js";
import { field, h, show } from "../dom.js";
import * as fmt from "../format.js";
import { editsFamilyWork, messageArea } from "../ui.js";

const CLOCK = /^\d{1,2}[:.]\d{2}$/;

export async function weekPage({ main, user, params }) {
  const family = await get(`/api/v1/families/${params.id}`);
  const helpers = (await get(`/api/v1/families/${family.id}/helpers`)).items;
  const monday = fmt.mondayOf(params.monday ?? fmt.today());
  const sunday = fmt.addDays(monday, 6);
  const base = `#/familie/${family.id}/uge`;

  const heading = h("h1", {}, `Ugeskema ${fmt.date(monday)} – ${fmt.date(sunday)}`);
  if (helpers.length === 0) {
    show(main, heading, h("p", {}, "Familien har ingen hjælpere registreret. Kontakt sagsbehandleren."));
    return;
  }
  const helperSelect = h("select", { name: "helper" },
    helpers.map((x) => h("option", { value: x.id }, x.name)));
  const remembered = sessionStorage.getItem("hjt.week.helper");
  if (helpers.some((x) => String(x.id) === remembered)) helperSelect.value = remembered;
  const days = h("div", { class: "week" });
  const summary = h("div", { class: "week-summary", "aria-live": "polite" });
  const messages = messageArea();

  const redraw = async () => {
    sessionStorage.setItem("hjt.week.helper", helperSelect.value);
    const shifts = await weekShifts(helperSelect.value, monday, sunday);
    show(days, [0, 1, 2, 3, 4, 5, 6].map((i) =>
      editsFamilyWork(user) ? dayBlock(fmt.addDays(monday, i), i, shifts, helperSelect.value, messages, redraw)
                            : dayShown(fmt.addDays(monday, i), i, shifts)));
    show(summary, weekSummary(shifts), overGrant(await weekOverGrant(family.id, monday)));
  };
  helperSelect.addEventListener("change", () => { messages.clear(); redraw(); });

  show(main,
    heading,
    h("p", {}, editsFamilyWork(user)
      ? `${family.name}. Skriv tiderne som tt:mm, fx 09:00 og 15:30. Tid uden for det tidsrum, kommunen giver tilskud til, vises med grunden, mens du skriver.`
      : `${family.name}. Vagterne, som familien har indtastet, med den tid, der ikke gives tilskud til, og grunden.`),
    h("nav", { class: "week-nav", "aria-label": "Uger" },
      h("a", { href: `${base}/${fmt.addDays(monday, -7)}` }, "← Forrige uge"),
      h("a", { href: `${base}/${fmt.addDays(monday, 7)}` }, "Næste uge →")),
    field("Hjælper", helperSelect),
    messages.element,
    days,
    h("h2", {}, "Ugen i alt"),
    summary);
  await redraw();
}

async function weekShifts(helperId, monday, sunday) {
  const months = [...new Set([monday.slice(0, 7), sunday.slice(0, 7)])];
  const lists = await Promise.all(months.map((m) => get(`/api/v1/helpers/${helperId}/shifts?month=${m}`)));
  return lists.flatMap((l) => l.items).filter((s) => s.date >= monday && s.date <= sunday);
}

// "7 t tilskud · 1 t ikke tilskud: efter kl. 16:00"
function classificationText(shift) {
  const parts = [`${fmt.minutes(shift.minutes)} i alt`, `${fmt.minutes(shift.subsidisable_minutes)} med tilskud`];
  for (const part of shift.excluded) parts.push(`${fmt.minutes(part.minutes)} uden tilskud: ${fmt.exclusion(part)}`);
  return parts.join(" · ");
}

const dayLabel = (date, index) => `${fmt.weekday(index)} ${fmt.date(date)}`;

// A day's stored shifts (`actions` adds buttons to each), and what follows them.
function daySection(label, ofDay, actions, ...after) {
  const stored = ofDay.map((s) => h("li", { class: "shift" },
    h("span", { class: "times" }, `${s.start}–${s.end}`), " ",
    h("span", { class: s.excluded.length ? "warn" : "ok" }, classificationText(s)), actions(s)));
  return h("section", { class: "day", "aria-label": label },
    h("h2", { class: "day-name" }, label),
    stored.length ? h("ul", { class: "shifts" }, stored) : null,
    after);
}

// The read-only day: its shifts and their classification.
function dayShown(date, index, shifts) {
  return daySection(dayLabel(date, index), shifts.filter((s) => s.date === date), () => null);
}

function dayBlock(date, index, shifts, helperId, messages, redraw) {
  const ofDay = shifts.filter((s) => s.date === date);
  const label = dayLabel(date, index);
  const start = h("input", { name: "start", inputmode: "numeric", placeholder: "tt:mm", size: 6, autocomplete: "off" });
  const end = h("input", { name: "end", inputmode: "numeric", placeholder: "tt:mm", size: 6, autocomplete: "off" });
  const preview = h("p", { class: "preview", "aria-live": "polite" });
  const save = h("button", { type: "submit" }, "Gem");
  const cancel = h("button", { type: "button", class: "secondary", hidden: true }, "Fortryd");
  let editing = null;  // the stored shift being changed
  let asked = 0;

  const showPreview = async () => {
    const ask = ++asked;
    if (!CLOCK.test(start.value.trim()) || !CLOCK.test(end.value.trim())) {
      show(preview);
      return;
    }
    const times = { date, start: start.value.trim(), end: end.value.trim() };
    try {
      // A changed shift must not be reported as overlapping its own old times.
      const result = editing
        ? await post(`/api/v1/helpers/${helperId}/shift-preview`, { ...times, replacing: editing.id })
        : await post(`/api/v1/helpers/${helperId}/shift-preview`, times);
      if (ask === asked) show(preview, h("span", { class: result.excluded.length ? "warn" : "ok" }, classificationText(result)));
    } catch (error) {
      if (ask === asked) show(preview, h("span", { class: "error" }, error.message));
    }
  };
  let timer;
  const onType = () => { clearTimeout(timer); timer = setTimeout(showPreview, 250); };
  start.addEventListener("input", onType);
  end.addEventListener("input", onType);

  const form = h("form", { class: "shift-entry", "aria-label": `Ny vagt ${label}` },
    field("Start", start), field("Slut", end), save, cancel, preview);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const times = { date, start: start.value.trim(), end: end.value.trim() };
    try {
      if (editing) await put(`/api/v1/shifts/${editing.id}`, times);
      else await post(`/api/v1/helpers/${helperId}/shifts`, times);
      // Confirmed once the week is redrawn: a confirmation shown before would
      // let the person type into a day that the redraw then replaces.
      await redraw();
      messages.success(`Vagten ${label} ${times.start}–${times.end} er gemt.`);
    } catch (error) {
      messages.error(error);
    }
  });
  cancel.addEventListener("click", () => {
    editing = null;
    start.value = end.value = "";
    save.textContent = "Gem";
    cancel.hidden = true;
    show(preview);
  });

  const actions = (s) => [" ",
    h("button", { type: "button", class: "secondary", "aria-label": `Ret vagten ${label} ${s.start}–${s.end}`,
      onclick: () => {
        editing = s;
        start.value = s.start;
        end.value = s.end;
        save.textContent = "Gem ændring";
        cancel.hidden = false;
        start.focus();
        showPreview();
      } }, "Ret"), " ",
    h("button", { type: "button", class: "secondary danger", "aria-label": `Slet vagten ${label} ${s.start}–${s.end}`,
      onclick: async () => {
        if (!confirm(`Slet vagten ${label} ${s.start}–${s.end}?`)) return;
        try {
          await remove(`/api/v1/shifts/${s.id}`);
          await redraw();
          messages.success(`Vagten ${label} ${s.start}–${s.end} er slettet.`);
        } catch (error) {
          messages.error(error);
        }
      } }, "Slet")];

  return daySection(label, ofDay, actions, form);
}

// The family's week as the service holds it against the grants' weekly hours (GET .../budget).
async function weekOverGrant(familyId, monday) {
  const budget = await get(`/api/v1/families/${familyId}/budget?year=${monday.slice(0, 4)}`);
  return budget.weeks_over_grant.find((w) => w.monday === monday);
}

function overGrant(week) {
  if (!week) return null;
  return h("p", { class: "warning" }, `Familien har brugt ${fmt.hours(week.used_hours)} med tilskud i ugen, ` +
    `men bevillingen giver ${fmt.hours(week.granted_hours)} om ugen.`);
}

function weekSummary(shifts) {
  const total = shifts.reduce((sum, s) => sum + s.minutes, 0);
  const subsidised = shifts.reduce((sum, s) => sum + s.subsidisable_minutes, 0);
  const byReason = new Map();
  for (const s of shifts)
    for (const part of s.excluded) byReason.set(fmt.exclusion(part), (byReason.get(fmt.exclusion(part)) ?? 0) + part.minutes);
  return [
    h("p", {}, `${shifts.length} vagter, ${fmt.minutes(total)} i alt, heraf ${fmt.minutes(subsidised)} med tilskud.`),
    byReason.size
      ? h("ul", { class: "excluded-summary" }, [...byReason].map(([reason, m]) => h("li", {}, `${fmt.minutes(m)} uden tilskud: ${reason}`)))
      : h("p", {}, "Ingen timer uden tilskud."),
  ];
}
