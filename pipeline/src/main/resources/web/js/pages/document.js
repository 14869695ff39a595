// A document, read-only: summary, its audit trail (who, when, old -> new, reason), fields and pages.
import { t, label, formatTime } from "../../i18n.js";
import { get, path } from "../api.js";
import { el, byId, chip, table, formatValue } from "../dom.js";
import { signedIn, start } from "../shell.js";

function summary(d) {
  byId("summary").replaceChildren(
    el("h2", null, d.title || d.template || t("doc.unknownTemplate"), " ", chip(d.status, label("states", d.status))),
    el("dl", { className: "facts" },
      el("dt", null, t("doc.source")), el("dd", null, d.source),
      el("dt", null, t("doc.channel")), el("dd", null, d.channel),
      el("dt", null, t("doc.template")), el("dd", null, d.template || t("doc.unknownTemplate"))));
}

/** old -> new; for the document itself (no field) these are its states, shown by name. */
function change(e) {
  if (e.old == null && e.new == null) return "";
  const show = v => (!e.field && typeof v === "string" && v ? label("states", v) : formatValue(v));
  return el("span", { className: "change" }, el("del", null, show(e.old)), " → ", el("ins", null, show(e.new)));
}

function historyTable(events, labels) {
  byId("history-table").replaceChildren(events.length
    ? table([t("doc.at"), t("doc.user"), t("doc.kind"), t("doc.field"), t("doc.change"), t("doc.reason")], events,
            e => [formatTime(e.at), e.user === "system" ? t("doc.system") : e.user || "", label("kinds", e.kind), labels.get(e.field) || e.field || "", change(e), e.reason || ""], "history")
    : el("p", { className: "empty" }, t("doc.noHistory")));
}

function fieldRow(f) {
  return [f.label || f.name,
          el("span", { className: f.masked ? "masked" : "" }, formatValue(f.value), f.masked ? " " + t("doc.masked") : ""),
          chip(f.status, label("states", f.status)), f.reasons.map(r => label("reasons", r)).join("、")];
}

start(async () => {
  await signedIn("clerk");
  const id = new URLSearchParams(location.search).get("id");
  const [d, events] = await Promise.all([get(path("documents", id)), get(path("documents", id, "history"))]);
  summary(d);
  historyTable(events, new Map(d.fields.map(f => [f.name, f.label || f.name])));
  byId("fields").replaceChildren(table([t("doc.field"), t("doc.value"), t("doc.status"), t("verify.reasons")],
                                       d.fields, fieldRow, "fields"));
  byId("pages").replaceChildren(...d.pages.map(p => el("img", { src: p.url, alt: t("verify.page", p.n + 1), loading: "lazy" })));
  if (location.hash === "#history") byId("history").scrollIntoView();
});
