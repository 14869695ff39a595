// Administrators: the user list with role and active switches, a password reset, and a form to add users.
import { t, label } from "../../i18n.js";
import { get, post, patch, path } from "../api.js";
import { el, byId, flash, table } from "../dom.js";
import { signedIn, start } from "../shell.js";

const ROLES = ["clerk", "verifier", "admin"];

function roleSelect(selected, onchange) {
  return el("select", { onchange }, ROLES.map(r => el("option", { value: r, selected: r === selected }, label("roles", r))));
}

async function change(username, body) {
  try {
    await patch(path("users", username), body);
    flash(t("admin.saved"));
  } catch (e) {
    flash(e.describe(), "error");
  }
  await render();
}

function passwordForm(username) {
  const input = el("input", { type: "password", minLength: 10, required: true, autocomplete: "new-password",
                             placeholder: t("admin.newPassword") });
  return el("form", { className: "inline", onsubmit: e => {
    e.preventDefault();
    change(username, { password: input.value });
  } }, input, el("button", { type: "submit" }, t("admin.setPassword")));
}

async function render() {
  const users = await get("/api/users");
  byId("users").replaceChildren(table(
    [t("admin.username"), t("admin.role"), t("admin.active"), t("admin.newPassword")], users,
    u => [
      u.username,
      roleSelect(u.role, e => change(u.username, { role: e.target.value })),
      el("span", null, (u.active ? t("admin.activeYes") : t("admin.activeNo")) + " ",
         el("button", { type: "button", onclick: () => change(u.username, { active: !u.active }) },
            u.active ? t("admin.disable") : t("admin.enable"))),
      passwordForm(u.username),
    ], "users"));
}

start(async () => {
  await signedIn("admin");
  byId("new-role").replaceChildren(...ROLES.map(r => el("option", { value: r, selected: r === "verifier" }, label("roles", r))));
  byId("create-form").addEventListener("submit", async e => {
    e.preventDefault();
    const username = byId("new-username").value.trim();
    try {
      await post("/api/users", { username, password: byId("new-password").value, role: byId("new-role").value });
      flash(t("admin.created", username));
      e.target.reset();
      await render();
    } catch (err) {
      flash(err.describe(), "error");
    }
  });
  await render();
});
