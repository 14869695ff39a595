// The login page: on success, back to the page that asked for it (only a local path) or home.
import { t, translatePage } from "../../i18n.js";
import { get, post, ApiError } from "../api.js";
import { byId, flash } from "../dom.js";
import { homeOf, langButton, start } from "../shell.js";

function nextPage(role) {
  const next = new URLSearchParams(location.search).get("next");
  // only a path on this server: "//host" and "/\\host" would leave it
  return next && /^\/(?![\/\\])/.test(next) ? next : homeOf(role);
}

start(async () => {
  translatePage();
  byId("nav").append(langButton());
  const setup = await get("/api/setup").catch(() => ({ needed: false }));
  if (setup.needed) {
    location.replace("/setup.html");
    return;
  }
  byId("login-form").addEventListener("submit", async e => {
    e.preventDefault();
    try {
      const session = await post("/api/login", { username: byId("username").value, password: byId("password").value });
      location.replace(nextPage(session.role));
    } catch (err) {
      flash(err instanceof ApiError && err.status === 401 ? t("login.failed") : err.describe(), "error");
      byId("password").select();
    }
  });
});
