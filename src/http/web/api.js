// The REST API (src/http/README.md) from the browser: the bearer token of the
// signed-in user is kept in sessionStorage (gone when the tab closes) and
// sent with every request. Refusals become ApiError with the status and the
// field the API names.

const SESSION_KEY = "hjt.session";

export class ApiError extends Error {
  constructor(status, message, field, { fieldLabel = null, code = null } = {}) {
    super(message);
    this.status = status;
    this.field = field;
    this.fieldLabel = fieldLabel; // the field's Danish name, from the API's one catalogue
    this.code = code;
  }
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

export async function logout() {
  try {
    await request("POST", "/api/v1/logout", {});
  } finally {
    sessionStorage.removeItem(SESSION_KEY);
  }
}

async function send(method, path, body, withToken) {
  const headers = {};
  const current = session();
  if (withToken && current) headers.Authorization = `Bearer ${current.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && withToken) {
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
      { fieldLabel: refusal.field_label, code: refusal.code });
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
