// First start: the one-time token from the console plus the first administrator's account.
import { t, translatePage } from "../../i18n.js";
import { get, post } from "../api.js";
import { byId, flash } from "../dom.js";
import { langButton, start } from "../shell.js";

start(async () => {
  translatePage();
  byId("nav").append(langButton());
  const setup = await get("/api/setup");
  if (!setup.needed) {
    flash(t("setup.done"));
    location.replace("/login.html");
    return;
  }
  byId("setup-form").addEventListener("submit", async e => {
    e.preventDefault();
    const username = byId("username").value.trim();
    const password = byId("password").value;
    if (password.length < 10) return flash(t("setup.tooShort"), "error");
    if (password !== byId("confirm").value) return flash(t("setup.mismatch"), "error");
    try {
      await post("/api/setup", { token: byId("token").value.trim(), username, password });
      await post("/api/login", { username, password });
      location.replace("/admin.html");
    } catch (err) {
      flash(err.describe(), "error");
    }
  });
});
