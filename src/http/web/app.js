// The web application: a hash router ("#/familie/3/uge/2026-11-23") that
// draws one page at a time into <main>, a menu for the signed-in user's role,
// and the common handling of refusals (404 and 403 pages, sign-in again).
import { get, session, logout, rememberReturn, ApiError } from "./api.js";
import { h, show } from "./dom.js";
import { role } from "./format.js";
import { announce, homeOf, takeAnnouncement } from "./ui.js";
import { routes } from "./routes.js";

const main = document.getElementById("main");

function menuLinks(user) {
  if (!user) return [];
  if (user.role === "family") {
    const f = `#/familie/${user.family_id}`;
    return [["Oversigt", f], ["Ugeskema", `${f}/uge`], ["Upload timeliste", `${f}/upload`], ["Lønsedler", `${f}/loensedler`],
            ["Krav", `${f}/krav`]];
  }
  const links = [["Familier", "#/familier"], ["Tabt arbejdsfortjeneste", "#/tabt-arbejdsfortjeneste"]];
  if (user.role !== "caseworker") links.unshift(["Udbetalinger", "#/udbetalinger"]);
  if (user.role === "finance") links.push(["Afstemning", "#/afstemning"], ["eIndkomst", "#/eindkomst"]);
  if (user.role === "finance") links.push(["Krav", "#/krav"]);
  if (user.role !== "caseworker") links.push(["Satser", "#/satser"], ["Politik", "#/politik"], ["Revisionseksport", "#/eksport"]);
  return links;
}

function drawHeader(user) {
  // The current page is the longest menu link the address starts with.
  const current = location.hash;
  const links = menuLinks(user);
  const here = links.map(([, href]) => href).filter((href) => current === href || current.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  show(
    document.getElementById("menu"),
    h("ul", {}, links.map(([text, href]) => h("li", {}, h("a", { href, "aria-current": href === here ? "page" : null }, text))))
  );
  show(
    document.getElementById("who"),
    user
      ? [h("span", {}, `${user.username} (${role(user.role)})`), " ",
         h("button", { type: "button", class: "link", onclick: async () => { await logout(); location.hash = "#/login"; } }, "Log ud")]
      : []
  );
}

function problemPage(status, heading, text) {
  document.title = `${heading} – Hjemmetræning`;
  show(main, h("h1", { tabindex: "-1" }, heading), h("p", { class: "status-code" }, `Fejl ${status}`), h("p", {}, text),
       h("p", {}, h("a", { href: homeOf(session()?.user) }, "Til forsiden")));
}

async function route(event) {
  const hash = location.hash;
  const user = session()?.user;
  // An in-page anchor ("#main" of a skip link followed without this script, a
  // bookmark of one): on a change it is left alone, on loading it is no page,
  // so the start page is drawn.
  if (hash && !hash.startsWith("#/") && event) return;
  if (!hash || !hash.startsWith("#/") || hash === "#/") {
    location.replace(homeOf(user));
    return;
  }
  if (!user && hash !== "#/login") {
    rememberReturn(null);  // a bookmarked page: there after signing in
    location.replace("#/login");
    return;
  }
  drawHeader(user);
  const path = hash.slice(1);
  const match = routes.map(([pattern, page]) => [pattern.exec(path), page]).find(([m]) => m);
  try {
    if (!match) throw new ApiError(404, "ukendt side", null);
    show(main, h("p", { role: "status" }, "Indlæser …"));
    const [m, page] = match;
    await page({ main, user, params: m.groups ?? {} });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      problemPage(404, "Siden findes ikke", "Siden eller det, den viser, findes ikke – eller du har ikke adgang til den.");
    else if (error instanceof ApiError && error.status === 403)
      problemPage(403, "Ingen adgang", "Din rolle giver ikke adgang til denne side.");
    else if (error instanceof ApiError && error.status === 401) return;
    else problemPage(error.status ?? 500, "Noget gik galt", error.message);
  }
  const heading = main.querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    document.title = `${heading.textContent} – Hjemmetræning`;
    heading.focus();  // a screen reader announces the new page; Tab goes on from here
  }
  // A save that led here (a new record's page) is confirmed on it.
  const saved = takeAnnouncement();
  if (saved && heading) announce(saved);
}

// The municipality's name from its config, in the header of every page.
get("/api/v1/municipality").then(({ name }) => {
  if (name) document.getElementById("municipality").textContent = name;
}).catch(() => {});

// The skip link moves the focus to <main> without touching the address: the
// hash is the router's, and "#main" in it would break a reload.
document.querySelector(".skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

// Never leave the focus on <body>: when the element that had it is drawn away
// (a list redrawn after a save), the focus goes to the page's heading; forms
// then move it on to their confirmation or error summary.
let lastFocused = null;
document.addEventListener("focusin", (event) => { lastFocused = event.target; });
new MutationObserver(() => {
  if (document.activeElement !== document.body || !lastFocused || lastFocused.isConnected) return;
  lastFocused = null;
  const heading = main.querySelector("h1");
  heading?.setAttribute("tabindex", "-1");
  heading?.focus();
}).observe(main, { childList: true, subtree: true });

window.addEventListener("hashchange", route);
route();
