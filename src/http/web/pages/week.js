// The week view: one helper's shifts Monday to Sunday. For each day the
// family types a start and an end; the page reads them at once (shift_times.js:
// "ab" or "9" is explained, an end before the start is asked about: a night
// shift must be confirmed) and shows the times and hours it understood; then
// the service classifies the shift without storing it (POST .../shift-preview)
// and the page shows how much is subsidised and why the rest is not. "Gem"
// stores it (once: a double click does not send it twice), "Ret" puts a stored
// shift back in the fields to change it, "Slet" removes it. A refusal is summed
// up at the top of the day's form and shown at its field; a save is confirmed
// in the day, which takes the focus. What is typed is kept in sessionStorage
// until it is saved, so a session that ends meanwhile loses nothing: after
// signing in again the user is back here with the times in the fields.
// Finance staff and auditors see the same week without the forms.
import { get, post, put, remove } from "../api.js";
import { field, h, show } from "../dom.js";
import * as fmt from "../format.js";
import { readShift } from "../shift_times.js";
import { announce, editsFamilyWork, errorSummary, fieldName, messageArea, onSubmit } from "../ui.js";

// The shift being typed, kept until it is saved: {user, helper, date, start, end, overnight, editing}.
const DRAFT_KEY = "hjt.week.draft";
const draftOf = (user) => {
  try {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? "null");
    return draft?.user === user.username ? draft : null;
  } catch {
    return null;
  }
};
const forgetDraft = () => sessionStorage.removeItem(DRAFT_KEY);

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
  const draft = draftOf(user);
  const unsaved = draft && draft.date >= monday && draft.date <= sunday && helpers.some((x) => String(x.id) === draft.helper)
    ? draft : null;
  const remembered = unsaved?.helper ?? sessionStorage.getItem("hjt.week.helper");
  if (helpers.some((x) => String(x.id) === remembered)) helperSelect.value = remembered;
  const days = h("div", { class: "week" });
  const summary = h("div", { class: "week-summary", "aria-live": "polite" });
  const messages = messageArea();

  const unsavedNote = unsaved && editsFamilyWork(user)
    ? h("p", { class: "note" }, `Vagten ${dayLabel(unsaved.date, [0, 1, 2, 3, 4, 5, 6].find((i) => fmt.addDays(monday, i) === unsaved.date))} ` +
        `${unsaved.start}–${unsaved.end} er ikke gemt endnu: tjek tiderne og tryk Gem.`)
    : null;

  // Draws the week; `saved` ({date, text}) is confirmed in that day, with the focus.
  const redraw = async (saved) => {
    if (!draftOf(user)) unsavedNote?.remove();
    sessionStorage.setItem("hjt.week.helper", helperSelect.value);
    const shifts = await weekShifts(helperSelect.value, monday, sunday);
    const context = { helperId: helperSelect.value, user, messages, redraw, draft: draftOf(user) };
    show(days, [0, 1, 2, 3, 4, 5, 6].map((i) =>
      editsFamilyWork(user) ? dayBlock(fmt.addDays(monday, i), i, shifts, context)
                            : dayShown(fmt.addDays(monday, i), i, shifts)));
    show(summary, weekSummary(shifts), overGrant(await weekOverGrant(family.id, monday)));
    if (saved) announce(saved.text, { place: days.querySelector(`[data-date="${saved.date}"] .day-notice`) });
  };
  helperSelect.addEventListener("change", () => { messages.clear(); redraw(); });

  show(main,
    heading,
    unsavedNote,
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

// A day's stored shifts (`actions` adds buttons to each), and what follows them;
// .day-notice holds the confirmation of a save in this day.
function daySection(date, label, ofDay, actions, ...after) {
  const stored = ofDay.map((s) => h("li", { class: "shift" },
    h("span", { class: "times" }, `${s.start}–${s.end}`), " ",
    h("span", { class: s.excluded.length ? "warn" : "ok" }, classificationText(s)), actions(s)));
  return h("section", { class: "day", "aria-label": label, "data-date": date },
    h("h2", { class: "day-name" }, label),
    h("div", { class: "day-notice" }),
    stored.length ? h("ul", { class: "shifts" }, stored) : null,
    after);
}

// The read-only day: its shifts and their classification.
function dayShown(date, index, shifts) {
  return daySection(date, dayLabel(date, index), shifts.filter((s) => s.date === date), () => null);
}

function dayBlock(date, index, shifts, { helperId, user, messages, redraw, draft }) {
  const ofDay = shifts.filter((s) => s.date === date);
  const label = dayLabel(date, index);
  const start = h("input", { name: "start", inputmode: "numeric", placeholder: "tt:mm", size: 6, autocomplete: "off" });
  const end = h("input", { name: "end", inputmode: "numeric", placeholder: "tt:mm", size: 6, autocomplete: "off" });
  // Asked only when the end is before the start: a night shift is never assumed.
  const overnight = h("input", { type: "checkbox", name: "overnight" });
  const overnightField = h("div", { class: "field checkbox", hidden: true },
    overnight, h("label", { for: `${date}-naeste-dag` }, "Over midnat – til næste dag"));
  overnight.id = `${date}-naeste-dag`;
  const preview = h("div", { class: "preview", "aria-live": "polite" });
  const save = h("button", { type: "submit" }, "Gem");
  const cancel = h("button", { type: "button", class: "secondary", hidden: true }, "Fortryd");
  const problems = errorSummary();
  const controls = { start, end, overnight, date: null };
  const labels = { start: "Start", end: "Slut", overnight: "Over midnat – til næste dag" };
  let editing = null;  // the stored shift being changed
  let asked = 0;

  const keepDraft = () => {
    if (!start.value.trim() && !end.value.trim()) return forgetDraft();
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ user: user.username, helper: helperId, date, start: start.value.trim(),
      end: end.value.trim(), overnight: overnight.checked, editing: editing?.id ?? null }));
  };

  const showPreview = async () => {
    const ask = ++asked;
    const read = readShift(start.value, end.value, overnight.checked);
    overnightField.hidden = !read.question && !(read.shift?.overnight);
    if (read.question) {
      const q = read.question;
      show(preview, h("p", { class: "warn" },
        `Slut ${q.end} er før start ${q.start}. Går vagten over midnat (${fmt.minutes(q.minutes)})? Sæt kryds i «Over midnat – til næste dag».`));
      return;
    }
    if (!read.shift) {
      show(preview, read.problems.map((p) => h("p", { class: "error" }, `${labels[p.field]}: ${p.message}`)));
      return;
    }
    const shift = read.shift;
    const understood = h("p", { class: "understood" },
      `${shift.start}–${shift.end}${shift.overnight ? " næste dag" : ""}, ${fmt.minutes(shift.minutes)}`);
    show(preview, understood);
    const times = { date, start: shift.start, end: shift.end };
    try {
      // A changed shift must not be reported as overlapping its own old times.
      const result = await post(`/api/v1/helpers/${helperId}/shift-preview`, editing ? { ...times, replacing: editing.id } : times);
      if (ask === asked) show(preview, understood, h("p", { class: result.excluded.length ? "warn" : "ok" }, classificationText(result)));
    } catch (error) {
      if (ask === asked) show(preview, understood, h("p", { class: "error" }, error.message));
    }
  };
  let timer;
  const onType = () => { keepDraft(); clearTimeout(timer); timer = setTimeout(showPreview, 250); };
  start.addEventListener("input", onType);
  end.addEventListener("input", onType);
  overnight.addEventListener("change", onType);

  const form = h("form", { class: "shift-entry", "aria-label": `Ny vagt ${label}` },
    problems.element, field("Start", start), field("Slut", end), overnightField, save, cancel, preview);
  onSubmit(form, async () => {
    problems.clear();
    const read = readShift(start.value, end.value, overnight.checked, { required: true });
    if (!read.shift) {
      overnightField.hidden = !read.question;
      problems.show(read.problems.map((p) => ({ label: labels[p.field], message: p.message, control: controls[p.field] })));
      return;
    }
    const times = { date, start: read.shift.start, end: read.shift.end };
    try {
      if (editing) await put(`/api/v1/shifts/${editing.id}`, times);
      else await post(`/api/v1/helpers/${helperId}/shifts`, times);
    } catch (error) {
      if (error.status === 401) return;  // signed out: the draft is kept, the sign-in page is shown
      const control = controls[error.field];
      problems.show([{ label: labels[error.field] ?? fieldName(error), message: error.message, control }]);
      return;
    }
    forgetDraft();
    // Confirmed once the week is redrawn, in the day: a confirmation shown before
    // would let the person type into a day that the redraw then replaces.
    await redraw({ date, text: `Vagten ${label} ${times.start}–${times.end} er gemt.` });
  }, { keepTyped: false });  // the day keeps its own draft (DRAFT_KEY), with the shift it edits

  const edit = (shift) => {
    editing = shift;
    start.value = shift.start;
    end.value = shift.end;
    overnight.checked = shift.end < shift.start;
    save.textContent = "Gem ændring";
    cancel.hidden = false;
  };
  cancel.addEventListener("click", () => {
    editing = null;
    start.value = end.value = "";
    overnight.checked = false;
    overnightField.hidden = true;
    save.textContent = "Gem";
    cancel.hidden = true;
    problems.clear();
    forgetDraft();
    show(preview);
  });
  // What was typed before the session ended (or the page was left) comes back.
  if (draft && draft.helper === String(helperId) && draft.date === date) {
    const stored = ofDay.find((s) => s.id === draft.editing);
    if (stored) edit(stored);
    start.value = draft.start;
    end.value = draft.end;
    overnight.checked = draft.overnight;
    showPreview();
  }

  const actions = (s) => [" ",
    h("button", { type: "button", class: "secondary", "aria-label": `Ret vagten ${label} ${s.start}–${s.end}`,
      onclick: () => {
        edit(s);
        start.focus();
        keepDraft();
        showPreview();
      } }, "Ret"), " ",
    h("button", { type: "button", class: "secondary danger", "aria-label": `Slet vagten ${label} ${s.start}–${s.end}`,
      onclick: async () => {
        if (!confirm(`Slet vagten ${label} ${s.start}–${s.end}?`)) return;
        try {
          await remove(`/api/v1/shifts/${s.id}`);
          await redraw({ date, text: `Vagten ${label} ${s.start}–${s.end} er slettet.` });
        } catch (error) {
          messages.error(error);
        }
      } }, "Slet")];

  return daySection(date, label, ofDay, actions, form);
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
