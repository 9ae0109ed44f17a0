// Pieces every page uses: the signed-in user's start page, refusal messages
// next to the form that caused them, buttons that download a file, and the
// form patterns (README "Forms"): save state, error summary, confirmation.
import { download, session } from "./api.js";
import { h, show } from "./dom.js";

export function homeOf(user) {
  if (!user) return "#/login";
  if (user.role === "family") return `#/familie/${user.family_id}`;
  return user.role === "caseworker" ? "#/familier" : "#/udbetalinger";
}

// Who may change what, as the API's route tables say (src/http/access.h):
// the register (families, children, grants) is kept by caseworkers and
// admins; helpers and shifts also by the family itself. Pages leave out the
// forms the API would refuse (403) anyway.
export const writesRegister = (user) => user.role === "caseworker" || user.role === "admin";
export const editsFamilyWork = (user) => writesRegister(user) || user.role === "family";
// Submitted expenses are decided by caseworkers and finance (not admins: separation of duties).
export const decidesExpenses = (user) => user.role === "caseworker" || user.role === "finance";
// Accounts under verification are confirmed by finance (not by who set them: the API says so).
export const confirmsAccounts = (user) => user.role === "finance";

// The name of the field a refusal is about, for one no form field shows: the
// API's field_label (its one table of field names, src/domain/messages.h).
export const fieldName = (error) => error.fieldLabel ?? error.field ?? null;

// An element for a page's messages, empty until used: a refusal is an alert
// (role="alert"), read out at once; a success is a confirmation (announce():
// role="status", focused), never an alert, so nothing sounds like an error.
export function messageArea() {
  const area = h("div", { class: "message" });
  return {
    element: area,
    error(error) {
      const field = error.field ? `${fieldName(error)}: ` : "";
      show(area, h("p", { class: "error", role: "alert" }, field + error.message));
    },
    // The page may still be drawing (a notice for the page just saved): the
    // confirmation takes the focus once it is on the page.
    success(text) {
      const notice = confirmation(text);
      show(area, notice);
      if (area.isConnected) notice.focus();
      else requestAnimationFrame(() => notice.isConnected && notice.focus());
    },
    clear() {
      show(area);
    },
  };
}

// A button that fetches a file from the API and saves it; `path` and `body`
// may be functions, read when the button is pressed (a form's current choice).
export function downloadButton(text, method, path, body, messages) {
  const now = (value) => (typeof value === "function" ? value() : value);
  return h("button", {
    type: "button",
    class: "secondary",
    onclick: async () => {
      try {
        const name = await download(method, now(path), now(body));
        messages?.success(`Hentet: ${name}`);
      } catch (error) {
        if (messages) messages.error(error);
        else throw error;
      }
    },
  }, text);
}

// Four eyes on where the money goes: a button by which finance confirms an
// account another user set; a refusal is shown next to it.
export function confirmAccount(text, send, savedText = "Bankkontoen er bekræftet.") {
  const messages = messageArea();
  const button = h("button", { type: "button" }, text);
  onPress(button, async () => {
    const sectionId = sectionOf(button);
    try {
      await send();
      announce(savedText, { sectionId });
    } catch (error) {
      messages.error(error);
    }
  }, { busyText: "Bekræfter …" });
  return h("div", { class: "actions" }, button, messages.element);
}

// The id of the heading of the section `element` is in (for announce()).
export const sectionOf = (element) => element.closest("section[aria-labelledby]")?.getAttribute("aria-labelledby");

// A section with a heading: the landmark structure screen readers jump by.
export function section(title, ...content) {
  const id = `afsnit-${title.toLowerCase().replace(/[^a-zæøå0-9]+/g, "-")}`;
  return h("section", { "aria-labelledby": id }, h("h2", { id }, title), ...content);
}

// Danish decimal text with at most two decimals to an integer count of
// hundredths ("720.732,00" -> 72073200, "12,5" -> 1250); null when malformed.
// Kroner to øre, percent to basis points and hours to hundredths alike.
export function parseHundredths(text) {
  const m = /^\s*(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1].replaceAll(".", "")) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

// ---- Forms: the pattern of GOV.UK and Det Fælles Designsystem ----

// Save state and protection against a double submit: while `work` runs, the
// buttons are aria-disabled (they keep the focus, unlike `disabled`), the one
// pressed says `busyText`, `container` is aria-busy, and a second press (a
// double click, Enter again) is ignored.
// (The busy state is the container's aria-busy, so buttons sharing a group share it.)
function guarded(container, buttonsOf, work, busyText) {
  return async (pressed, ...args) => {
    if (container.getAttribute("aria-busy") === "true") return;
    const buttons = buttonsOf();
    const text = pressed?.textContent;
    buttons.forEach((b) => b.setAttribute("aria-disabled", "true"));
    container.setAttribute("aria-busy", "true");
    if (pressed) pressed.textContent = busyText;
    try {
      await work(...args);
    } finally {
      buttons.forEach((b) => b.removeAttribute("aria-disabled"));
      container.removeAttribute("aria-busy");
      if (pressed && pressed.textContent === busyText) pressed.textContent = text;
    }
  };
}

// What is typed survives a session that ends while it is sent (issue 19):
// the form's values as submitted are kept in sessionStorage when the answer
// finds the session ended (401: the API leads to the sign-in page and back
// to this address); the same form drawn again at that address for the same
// user gets them back, with a note. "The same form": the address and
// its fields' names with the values they started with (one helper's "Ret"
// form is not another's). Passwords and files are never kept.
const TYPED_KEY = "hjt.forms.typed";
const keptControls = (form) => [...form.elements].filter((c) => c.name && c.type !== "password" && c.type !== "file" &&
                                                                  c.type !== "submit" && c.type !== "button");
const valueOf = (c) => (c.type === "checkbox" || c.type === "radio" ? c.checked : c.value);

function keepTypedValues(form) {
  const identity = `${location.hash}|${JSON.stringify(keptControls(form).map((c) => [c.name, valueOf(c)]))}`;
  const read = () => {
    try {
      return JSON.parse(sessionStorage.getItem(TYPED_KEY) ?? "null");
    } catch {
      return null;  // not ours
    }
  };
  const kept = read();
  const user = session()?.user?.username;
  if (kept && kept.identity === identity && user && kept.user === user) {
    sessionStorage.removeItem(TYPED_KEY);
    keptControls(form).forEach((c, i) => {
      const value = kept.values[i];
      if (c.type === "checkbox" || c.type === "radio") c.checked = Boolean(value);
      else if (typeof value === "string") c.value = value;
    });
    form.prepend(h("p", { class: "message", role: "status" },
      "Det, du skrev, før du blev logget ud, er sat ind igen. Det er ikke gemt endnu: tryk på knappen for at gemme."));
  }
  // Around one submit: who sent what, written down only if the session is gone after.
  return async (work) => {
    const sender = session()?.user?.username;
    const values = keptControls(form).map(valueOf);
    try {
      await work();
    } finally {
      if (sender && !session()) sessionStorage.setItem(TYPED_KEY, JSON.stringify({ identity, user: sender, values }));
    }
  };
}

// A form's submit, guarded as above (all its submit buttons), keeping what
// was typed across a session that ends (keepTypedValues; `keepTyped: false`
// for a form that keeps its own, the week's shift form).
export function onSubmit(form, work, { busyText = "Gemmer …", keepTyped = true } = {}) {
  const buttons = () => [...form.querySelectorAll("button:not([type]), button[type=submit]")];
  const typed = keepTyped ? keepTypedValues(form) : null;
  const run = guarded(form, buttons, (...args) => (typed ? typed(() => work(...args)) : work(...args)), busyText);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(event.submitter ?? buttons()[0], event);
  });
}

// A button outside a form (approve, confirm), guarded as above; `group` is
// the element whose buttons are all held while it works (default: the button).
export function onPress(button, work, { busyText = "Gemmer …", group } = {}) {
  const container = group ?? button;
  const run = guarded(container, () => (group ? [...group.querySelectorAll("button")] : [button]), work, busyText);
  button.addEventListener("click", (event) => run(button, event));
}

// A refusal at its field: the message above the control (GOV.UK puts it
// between label and control), tied to it by aria-describedby after the hint,
// and the control aria-invalid.
export function markField(control, message) {
  unmarkField(control);
  const id = `${control.id}-fejl`;
  const error = h("p", { class: "field-error", id }, h("span", { class: "visually-hidden" }, "Fejl: "), message);
  control.before(error);
  control.setAttribute("aria-invalid", "true");
  const described = (control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  control.setAttribute("aria-describedby", [...described, id].join(" "));
}

export function unmarkField(control) {
  const id = `${control.id}-fejl`;
  document.getElementById(id)?.remove();
  control.removeAttribute("aria-invalid");
  const described = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== id);
  if (described.length) control.setAttribute("aria-describedby", described.join(" "));
  else control.removeAttribute("aria-describedby");
}

// The error summary at the top of a form: "Der er et problem" and one line per
// refusal, a link to its field when it has one (the link focuses the field and
// leaves the address alone: the hash is the router's). show() marks the fields
// and moves the focus to the summary, so a screen reader reads it at once.
// problems: [{message, label?, control?}]. A plausibility question (a value
// that may be right, e.g. a child of 106) uses the same box with its own
// `title` and an `action`: the button that sends the form again confirmed.
export function errorSummary() {
  const element = h("div", { class: "error-summary", role: "alert", tabindex: "-1", hidden: true });
  const marked = new Set();
  const clear = () => {
    marked.forEach(unmarkField);
    marked.clear();
    show(element);
    element.hidden = true;
  };
  return {
    element,
    clear,
    show(problems, { title = "Der er et problem", action = null } = {}) {
      clear();
      const line = ({ label, message, control }) => {
        const text = label ? `${label}: ${message}` : message;
        if (!control) return h("li", {}, text);
        markField(control, message);
        marked.add(control);
        return h("li", {}, h("a", { href: `#${control.id}`, onclick: (event) => {
          event.preventDefault();
          control.focus();
        } }, text));
      };
      show(element, h("h2", { class: "error-summary-title" }, title), h("ul", {}, problems.map(line)), action);
      element.hidden = false;
      element.focus();
    },
  };
}

// The confirmation after a save: a status message (role="status") that takes
// the focus, so it is read out and Tab goes on from there, never from <body>.
// It goes in `place` (an element to fill) when that is on the page, else under
// the heading of the section named `sectionId` (a redrawn page has the same
// sections), else under the page's h1.
const confirmation = (text) =>
  h("div", { class: "message confirmation", role: "status", tabindex: "-1" }, h("p", { class: "success" }, text));

export function announce(text, { place, sectionId } = {}) {
  const notice = confirmation(text);
  const main = document.getElementById("main");
  const heading = (sectionId && document.getElementById(sectionId)) || main.querySelector("h1");
  if (place?.isConnected) show(place, notice);
  else if (heading) heading.after(notice);
  else main.prepend(notice);
  notice.focus();
  return notice;
}

// A confirmation for the page a save leads to (a new record's own page): the
// router shows it once that page is drawn.
let afterNavigation = null;
export function announceAfterNavigation(text) {
  afterNavigation = text;
}
export function takeAnnouncement() {
  const text = afterNavigation;
  afterNavigation = null;
  return text;
}
