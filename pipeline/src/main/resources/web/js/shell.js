// What every signed-in page shares: the session check (to login or setup when there is none),
// the header with navigation, language switch and logout.
import { t, label, switchLang, translatePage } from "../i18n.js";
import { get, post, setCsrfToken, ApiError } from "./api.js";
import { el, byId } from "./dom.js";

const RANK = { clerk: 1, verifier: 2, admin: 3 };

/** The login page's address that comes back here afterwards. */
export function loginUrl() {
  return "/login.html?next=" + encodeURIComponent(location.pathname + location.search);
}

/**
 * Loads the session; sends the browser to setup or login when there is none, and to the start
 * page when the role is below `minRole`. Resolves to the session ({user, role, csrfToken, ...}).
 */
export async function signedIn(minRole = "clerk") {
  translatePage();
  let session;
  try {
    session = await get("/api/session");
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      const setup = await get("/api/setup").catch(() => ({ needed: false }));
      location.replace(setup.needed ? "/setup.html" : loginUrl());
      return new Promise(() => {}); // the page is going away
    }
    throw e;
  }
  setCsrfToken(session.csrfToken);
  if (RANK[session.role] < RANK[minRole]) {
    location.replace(homeOf(session.role));
    return new Promise(() => {});
  }
  renderHeader(session);
  return session;
}

/** Where a role starts: verifiers and admins at the queue, clerks at the status page. */
export function homeOf(role) {
  return RANK[role] >= RANK.verifier ? "/queue.html" : "/status.html";
}

function renderHeader(session) {
  const nav = byId("nav");
  if (!nav) return;
  const links = [];
  if (RANK[session.role] >= RANK.verifier) links.push(["/queue.html", "nav.queue"]);
  links.push(["/status.html", "nav.status"]);
  if (session.role === "admin") links.push(["/admin.html", "nav.admin"]);
  const here = location.pathname;
  nav.replaceChildren(
    ...links.map(([href, key]) => el("a", { href, className: here === href ? "current" : "" }, t(key))),
    el("span", { className: "user", id: "current-user" }, session.user + " (" + label("roles", session.role) + ")"),
    langButton(),
    el("button", { type: "button", id: "logout", className: "link", onclick: logout }, t("logout")));
}

export function langButton() {
  return el("button", { type: "button", id: "lang-toggle", className: "link", onclick: switchLang }, t("langSwitch"));
}

export async function logout() {
  try {
    await post("/api/logout");
  } finally {
    location.replace("/login.html");
  }
}

/** Runs a page's start function and shows a failure instead of a blank page. */
export function start(main) {
  document.addEventListener("DOMContentLoaded", () => {
    main().catch(e => {
      const bar = byId("flash");
      if (bar) {
        bar.hidden = false;
        bar.className = "flash flash-error";
        bar.textContent = e instanceof ApiError ? e.describe() : t("errors.unknown");
      }
      console.error(e);
    });
  });
}
