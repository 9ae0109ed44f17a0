// Pieces every page uses: the signed-in user's start page, refusal messages
// next to the form that caused them, and buttons that download a file.
import { download } from "./api.js";
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

// An element that announces refusals (role="alert"); empty until used.
export function messageArea() {
  const area = h("div", { class: "message", role: "alert" });
  return {
    element: area,
    error(error) {
      const field = error.field ? `${error.fieldLabel ?? error.field}: ` : "";
      show(area, h("p", { class: "error" }, field + error.message));
    },
    success(text) {
      show(area, h("p", { class: "success" }, text));
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
export function confirmAccount(text, send) {
  const messages = messageArea();
  const button = h("button", {
    type: "button",
    onclick: async () => {
      try {
        await send();
      } catch (error) {
        messages.error(error);
      }
    },
  }, text);
  return h("div", { class: "actions" }, button, messages.element);
}

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
