// Japanese by default; English with ?lang=en or the toggle (remembered in this browser).
const MESSAGES = {
  ja: {
    title: "読取状況", date: "日付", updated: "更新", folder: "投入フォルダ",
    scanNo: "受付番号", time: "受付時刻", file: "ファイル名", state: "状態", documents: "書類", reason: "理由",
    noFiles: "この日の投入はありません。", errorFolder: "エラーフォルダのファイル", noErrors: "ありません。",
    duplicateOf: "受付番号 {0} と同じ内容", field: "項目", value: "読取結果", confidence: "確信度",
    status: "状態", reasons: "確認理由", crop: "画像", masked: "（マイナンバーは下4桁のみ表示）",
    source: "元ファイル", channel: "窓口", template: "帳票", unknownTemplate: "不明な帳票",
    states: { queued: "待機中", reading: "読取中", done: "完了", complete: "完了", needs_review: "要確認",
              unidentified: "帳票不明", duplicate: "重複", error: "エラー", auto: "自動", review: "要確認",
              verified: "確認済" },
  },
  en: {
    title: "Reading status", date: "Date", updated: "Updated", folder: "Drop folder",
    scanNo: "Scan", time: "Received", file: "File", state: "State", documents: "Documents", reason: "Reason",
    noFiles: "No files were dropped on this day.", errorFolder: "Files in the error folder", noErrors: "None.",
    duplicateOf: "same content as scan {0}", field: "Field", value: "Value", confidence: "Confidence",
    status: "Status", reasons: "Review reasons", crop: "Image", masked: "(My Number: last 4 digits only)",
    source: "Source file", channel: "Channel", template: "Form", unknownTemplate: "unknown form",
    states: { queued: "Queued", reading: "Reading", done: "Done", complete: "Complete", needs_review: "Needs review",
              unidentified: "Unidentified", duplicate: "Duplicate", error: "Error", auto: "Auto", review: "Review",
              verified: "Verified" },
  },
};

function currentLang() {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  if (fromUrl === "en" || fromUrl === "ja") {
    localStorage.setItem("yomitori.lang", fromUrl);
    return fromUrl;
  }
  return localStorage.getItem("yomitori.lang") === "en" ? "en" : "ja";
}

const LANG = currentLang();
const T = MESSAGES[LANG];

function t(key, ...args) {
  return (T[key] || key).replace(/\{(\d)\}/g, (_, i) => args[i]);
}

function stateLabel(code) {
  return T.states[code] || code;
}

/** Creates an element with text (never HTML: values come from scans). */
function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

function applyStaticTexts() {
  document.documentElement.lang = LANG;
  document.querySelectorAll("[data-t]").forEach(e => { e.textContent = t(e.dataset.t); });
  const toggle = document.getElementById("lang-toggle");
  const other = LANG === "ja" ? "en" : "ja";
  toggle.textContent = other === "en" ? "English" : "日本語";
  const url = new URL(location.href);
  url.searchParams.set("lang", other);
  toggle.href = url.toString();
}

document.addEventListener("DOMContentLoaded", applyStaticTexts);
