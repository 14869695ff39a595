// Deliveries to the core systems (dead letters with re-drive), the review SLA and the daily
// summary. Japanese by default; English with ?lang=en or the toggle (remembered in this browser).
const DELIVERY_MESSAGES = {
  ja: {
    home: "読取状況", title: "配信・運用", date: "日付", updated: "更新",
    deliveries: "基幹システムへの配信", dead: "配信できなかった記録（デッドレター）", noDead: "ありません。",
    failedAt: "日時", document: "書類", endpoint: "配信先", field: "項目", error: "理由", attempts: "試行",
    redrive: "再送", redriven: "再送を予約しました（書類 {0}）。", failed: "再送できませんでした: {0}",
    login: "ログインしてください（配信の管理は管理者のみ）。", loadFailed: "読み込めませんでした: {0}",
    confirmRedrive: "書類 {0} を {1} へ再送しますか？ 値を直してから再送してください。",
    sla: "確認待ちの期限", inReview: "確認待ち", overdue: "期限超過", flagged: "超過フラグ済",
    oldest: "最も古い", ageHours: "期限 {0} 時間",
    summary: "日次集計", documentsIn: "読取書類", released: "確定", rejected: "差戻し", errors: "エラー",
    straightThrough: "無修正で確定", stpRate: "STP率", fieldsAuto: "自動確定項目", hoursSaved: "削減入力時間（時間）",
    states: { held: "配信待ち（時間指定）", pending: "配信中", delivered: "配信済", dead: "デッドレター" },
  },
  en: {
    home: "Reading status", title: "Deliveries and operations", date: "Date", updated: "Updated",
    deliveries: "Deliveries to the core systems", dead: "Records that could not be delivered (dead letters)",
    noDead: "None.", failedAt: "When", document: "Document", endpoint: "Endpoint", field: "Field", error: "Reason",
    attempts: "Attempts", redrive: "Re-drive", redriven: "Re-drive scheduled (document {0}).",
    failed: "Could not re-drive: {0}", login: "Log in first (deliveries are for administrators).",
    loadFailed: "Could not load: {0}",
    confirmRedrive: "Deliver document {0} to {1} again? Correct the value first.",
    sla: "Review service level", inReview: "Waiting for review", overdue: "Overdue", flagged: "Flagged overdue",
    oldest: "Oldest", ageHours: "limit {0} h",
    summary: "Daily summary", documentsIn: "Documents read", released: "Released", rejected: "Rejected",
    errors: "Errors", straightThrough: "Released untouched", stpRate: "STP rate", fieldsAuto: "Fields accepted",
    hoursSaved: "Keying saved (hours)",
    states: { held: "Held for window", pending: "Pending", delivered: "Delivered", dead: "Dead letters" },
  },
};
const REFRESH_MS = 10000;

function deliveryLang() {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  if (fromUrl === "en" || fromUrl === "ja") {
    localStorage.setItem("yomitori.lang", fromUrl);
    return fromUrl;
  }
  return localStorage.getItem("yomitori.lang") === "en" ? "en" : "ja";
}

const D_LANG = deliveryLang();
const D = DELIVERY_MESSAGES[D_LANG];

function d(key, ...args) {
  return (D[key] || key).replace(/\{(\d)\}/g, (_, i) => args[i]);
}

/** An element with text (never HTML: messages and ids come from the server). */
function node(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

function localTime(iso) {
  return iso ? new Date(iso).toLocaleString(D_LANG) : "-";
}

/** A refused or failed request; status 401 means: not logged in. */
class RequestError extends Error {
  constructor(status, path) {
    super(status + " " + path);
    this.status = status;
  }
}

async function getJson(path) {
  const response = await fetch(path, { credentials: "same-origin" });
  if (!response.ok) throw new RequestError(response.status, path);
  return response.json();
}

/** The session's CSRF token, which every POST must carry (the API's guard checks it). */
async function csrfToken() {
  return (await getJson("/api/session")).csrfToken;
}

function renderCounts(counts) {
  const list = document.getElementById("counts");
  list.replaceChildren(...["held", "pending", "delivered", "dead"].map(state =>
    node("li", D.states[state] + " " + (counts[state] || 0), "state-" + state)));
}

function renderDead(dead) {
  const table = document.getElementById("dead");
  document.getElementById("dead-empty").hidden = dead.length > 0;
  table.hidden = dead.length === 0;
  table.tBodies[0].replaceChildren(...dead.map(row => {
    const tr = node("tr");
    const link = node("a", row.document_id);
    link.href = "/document.html?id=" + encodeURIComponent(row.document_id);
    const docCell = node("td");
    docCell.append(link);
    const button = node("button", d("redrive"));
    button.type = "button";
    button.addEventListener("click", () => redrive(row));
    const action = node("td");
    action.append(button);
    tr.append(node("td", localTime(row.failed_at)), docCell, node("td", row.endpoint),
      node("td", row.error_field || "-"), node("td", row.message, "reason"), node("td", row.attempts), action);
    return tr;
  }));
}

async function redrive(row) {
  if (!confirm(d("confirmRedrive", row.document_id, row.endpoint))) return;
  const message = document.getElementById("message");
  let status;
  try {
    const response = await fetch("/api/deliveries/" + row.id + "/redrive",
      { method: "POST", credentials: "same-origin", headers: { "X-CSRF-Token": await csrfToken() } });
    status = response.ok ? null : response.status;
  } catch (e) {
    status = e.message;
  }
  message.textContent = status === null ? d("redriven", row.document_id) : d("failed", status);
  refresh();
}

function renderSla(sla) {
  const items = [
    node("li", d("inReview") + " " + sla.in_review),
    node("li", d("overdue") + " " + sla.overdue, sla.overdue > 0 ? "state-error" : ""),
    node("li", d("flagged") + " " + sla.flagged),
    node("li", d("oldest") + " " + localTime(sla.oldest)),
    node("li", d("ageHours", sla.review_age_hours)),
  ];
  document.getElementById("sla").replaceChildren(...items);
}

function renderSummary(s) {
  const rows = [["documentsIn", s.documents_in], ["released", s.released], ["rejected", s.rejected],
    ["errors", s.errors], ["straightThrough", s.straight_through], ["stpRate", (s.stp_rate * 100).toFixed(1) + "%"],
    ["fieldsAuto", s.fields_auto], ["hoursSaved", s.keying_hours_saved]];
  document.getElementById("summary").tBodies[0].replaceChildren(...rows.map(([key, value]) => {
    const tr = node("tr");
    tr.append(node("th", d(key)), node("td", value));
    return tr;
  }));
  document.getElementById("date").value = s.date;
}

async function refresh() {
  const date = new URLSearchParams(location.search).get("date") || "";
  // Each part on its own: a clerk sees the SLA and the summary; the deliveries are for administrators.
  const [counts, dead, sla, summary] = await Promise.allSettled([getJson("/api/deliveries"),
    getJson("/api/deliveries/dead"), getJson("/api/sla"), getJson("/api/summary?date=" + encodeURIComponent(date))]);
  if (counts.status === "fulfilled") renderCounts(counts.value);
  if (dead.status === "fulfilled") renderDead(dead.value.dead);
  if (sla.status === "fulfilled") renderSla(sla.value);
  if (summary.status === "fulfilled") renderSummary(summary.value);
  const failure = [counts, dead, sla, summary].find(r => r.status === "rejected");
  const message = document.getElementById("message");
  if (!failure) {
    document.getElementById("updated").textContent = new Date().toLocaleTimeString(D_LANG);
  } else if (failure.reason.status === 401 || failure.reason.status === 403) {
    message.textContent = d("login");
  } else {
    message.textContent = d("loadFailed", failure.reason.message);
  }
}

function applyTexts() {
  document.documentElement.lang = D_LANG;
  document.querySelectorAll("[data-d]").forEach(e => { e.textContent = d(e.dataset.d); });
  const toggle = document.getElementById("lang-toggle");
  const other = D_LANG === "ja" ? "en" : "ja";
  toggle.textContent = other === "en" ? "English" : "日本語";
  const url = new URL(location.href);
  url.searchParams.set("lang", other);
  toggle.href = url.toString();
  document.getElementById("date").addEventListener("change", e => {
    const next = new URL(location.href);
    next.searchParams.set("date", e.target.value);
    location.href = next.toString();
  });
}

document.addEventListener("DOMContentLoaded", () => {
  applyTexts();
  refresh();
  setInterval(refresh, REFRESH_MS);
});
