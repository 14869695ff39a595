// The clerk's status page for one channel: every file dropped on a day with its state and reason,
// today's counts, and the error folder with a re-submit button per file.
import { t, label, bilingual, formatTime, LANG } from "../../i18n.js";
import { get, post, path, query } from "../api.js";
import { el, byId, chip, flash, table } from "../dom.js";
import { signedIn, start } from "../shell.js";

const REFRESH_MS = 5000;
const COUNTED = ["received", "queued", "reading", "review", "released", "rejected", "error", "duplicate"];
const params = new URLSearchParams(location.search);
let channel = params.get("channel") || "";
let date = params.get("date") || "";

function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

function tabs(channels) {
  byId("channel-tabs").replaceChildren(...channels.map(c => el("a", {
    href: location.pathname + query({ channel: c.channel, date }),
    className: "tab" + (c.channel === channel ? " current" : ""), attrs: { role: "tab" },
  }, c.channel, c.overdue ? el("span", { className: "badge" }, t("status.overdue", c.overdue)) : "")));
}

function counts(c) {
  byId("counts").replaceChildren(el("h2", null, c.channel + " — " + t("status.counts")),
    el("ul", { className: "counts" }, COUNTED.map(k =>
      el("li", { className: "count-" + k, dataset: { state: k } }, label("states", k) + " ",
         el("strong", null, String(c.today[k] || 0))))));
}

function documentLinks(scan) {
  return scan.documents.map(d => el("div", null,
    el("a", { href: "/document.html?id=" + encodeURIComponent(d.documentId) }, label("states", d.status)),
    " ", el("a", { className: "muted", href: "/document.html?id=" + encodeURIComponent(d.documentId) + "#history" },
            t("status.history"))));
}

function scanRow(s) {
  return [String(s.scanId), el("span", { className: "time" }, formatTime(s.receivedAt)), s.file, chip(s.state, label("states", s.state)), documentLinks(s),
          el("span", { className: "reason" }, bilingual(s.reasonMessage))];
}

async function resubmit(file) {
  try {
    await post(path("errors", channel, file, "resubmit"));
    flash(t("status.resubmitted", file));
  } catch (e) {
    flash(e.describe(), "error");
  }
  await refresh();
}

function errorRow(f) {
  return [f.file, el("span", { className: "reason" }, bilingual(f.reasonMessage)), formatTime(f.at),
          el("button", { type: "button", className: "resubmit", onclick: () => resubmit(f.file) }, t("status.resubmit"))];
}

async function refresh() {
  const channels = await get("/api/channels");
  if (!channel && channels.length) channel = channels[0].channel;
  tabs(channels);
  const current = channels.find(c => c.channel === channel);
  if (!current) return;
  counts(current);
  const [scans, errors] = await Promise.all([
    get(path("channels", channel, "scans") + query({ date: date || today() })),
    get("/api/errors" + query({ channel })),
  ]);
  byId("scans").replaceChildren(scans.length
    ? table([t("status.scanNo"), t("status.time"), t("status.file"), t("status.state"), t("status.documents"), t("status.reason")],
            scans, scanRow, "scans")
    : el("p", { className: "empty" }, t("status.noFiles")));
  byId("errors").replaceChildren(errors.length
    ? table([t("status.file"), t("status.reason"), t("status.time"), ""], errors, errorRow, "errors")
    : el("p", { className: "empty" }, t("status.noErrors")));
  byId("updated").textContent = new Date().toLocaleTimeString(LANG);
}

start(async () => {
  await signedIn("clerk");
  byId("date").value = date || today();
  byId("date").addEventListener("change", e => {
    date = e.target.value;
    history.replaceState(null, "", location.pathname + query({ channel, date }));
    refresh();
  });
  await refresh();
  setInterval(() => refresh().catch(() => {}), REFRESH_MS);
});
