// The REST API (src/http/README.md) from the browser: the bearer token of the
// signed-in user is kept in sessionStorage (gone when the tab closes) and
// sent with every request. Refusals become ApiError with the status and the
// field the API names.

const SESSION_KEY = "hjt.session";

export class ApiError extends Error {
  constructor(status, message, field, { fieldLabel = null, code = null, questions = [] } = {}) {
    super(message);
    this.status = status;
    this.field = field;
    this.fieldLabel = fieldLabel; // the field's Danish name, from the API's one catalogue
    this.code = code;
    // code "needs_confirmation": [{code, field, field_label, message}] to confirm by sending again with "confirm": true
    this.questions = questions;
  }
}

// The page to return to after signing in: only a route of this application
// ("#/familie/3/uge"), so a stored address can never lead elsewhere (no open
// redirect), and only for the user who was there (or anyone, when nobody was
// signed in: a bookmarked page). `expired` says the session ended.
const RETURN_KEY = "hjt.return";
const ROUTE = /^#\/[A-Za-z0-9æøåÆØÅ_\-]+(?:\/[A-Za-z0-9æøåÆØÅ_\-]+)*$/;

export function rememberReturn(username, expired = false) {
  if (ROUTE.test(location.hash) && location.hash !== "#/login")
    sessionStorage.setItem(RETURN_KEY, JSON.stringify({ user: username, hash: location.hash, expired }));
}

// What rememberReturn() kept ({user, hash, expired}), if it is a route.
export function keptReturn() {
  let kept = null;
  try {
    kept = JSON.parse(sessionStorage.getItem(RETURN_KEY) ?? "null");
  } catch {
    return null;  // not ours
  }
  return kept && typeof kept.hash === "string" && ROUTE.test(kept.hash) ? kept : null;
}

// The route to go to once `username` has signed in (null: the start page); read once.
export function takeReturn(username) {
  const kept = keptReturn();
  sessionStorage.removeItem(RETURN_KEY);
  return kept && (!kept.user || kept.user === username) ? kept.hash : null;
}

export function session() {
  const text = sessionStorage.getItem(SESSION_KEY);
  return text ? JSON.parse(text) : null;
}

export async function login(username, password) {
  const answer = await request("POST", "/api/v1/login", { username, password }, { withToken: false });
  sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token: answer.token, user: answer.user }));
  return answer.user;
}

// Signing out on purpose forgets everything the tab kept (a typed shift, the
// return address): the next person at the screen starts afresh.
export async function logout() {
  try {
    await request("POST", "/api/v1/logout", {});
  } finally {
    sessionStorage.clear();
  }
}

async function send(method, path, body, withToken) {
  const headers = {};
  const current = session();
  if (withToken && current) headers.Authorization = `Bearer ${current.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && withToken) {
    // The session ended (expired, or signed out elsewhere): sign in again and
    // come back here (the page keeps what was typed, e.g. the week's shift).
    rememberReturn(current?.user?.username ?? null, true);
    sessionStorage.removeItem(SESSION_KEY);
    location.hash = "#/login";
  }
  if (!response.ok) {
    let refusal = { error: response.statusText, field: null };
    try {
      refusal = await response.json();
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError(response.status, refusal.message ?? refusal.error, refusal.field,
      { fieldLabel: refusal.field_label, code: refusal.code, questions: refusal.questions ?? [] });
  }
  return response;
}

export async function request(method, path, body, { withToken = true } = {}) {
  const response = await send(method, path, body, withToken);
  return response.status === 204 ? null : response.json();
}

export const get = (path) => request("GET", path);
export const post = (path, body) => request("POST", path, body ?? {});
export const put = (path, body) => request("PUT", path, body);
export const remove = (path) => request("DELETE", path);

// A file from the API (xlsx, xml, csv) saved under the name the service gives
// in Content-Disposition: a plain link cannot carry the bearer token.
export async function download(method, path, body) {
  const response = await send(method, path, body, true);
  const disposition = response.headers.get("Content-Disposition") || "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "hjt-fil";
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}
