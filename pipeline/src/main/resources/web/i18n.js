// Every string the pages show, in Japanese (the default) and English. The choice is kept in this
// browser (localStorage) and can be forced with ?lang=en / ?lang=ja.
const MESSAGES = {
  ja: {
    app: "読取確認", title: "読取状況", langSwitch: "English", logout: "ログアウト", loading: "読み込み中…",
    nav: { queue: "確認待ち", status: "読取状況", admin: "利用者管理" },
    roles: { clerk: "受付担当", verifier: "確認担当", admin: "管理者" },
    login: { heading: "ログイン", username: "利用者名", password: "パスワード", submit: "ログイン",
             failed: "利用者名またはパスワードが違います。" },
    setup: { heading: "初期設定", intro: "最初の管理者を登録します。設定トークンはサーバー起動時にコンソールに表示されています。",
             token: "設定トークン", username: "管理者の利用者名", password: "パスワード（10文字以上）",
             confirm: "パスワード（確認）", submit: "登録してログイン", mismatch: "パスワードが一致しません。",
             tooShort: "パスワードは10文字以上にしてください。", done: "設定は完了しています。ログインしてください。" },
    admin: { heading: "利用者管理", create: "利用者を追加", username: "利用者名", role: "権限", active: "有効",
             password: "パスワード（10文字以上）", add: "追加", newPassword: "新しいパスワード", setPassword: "変更",
             saved: "保存しました。", created: "利用者 {0} を追加しました。", activeYes: "有効", activeNo: "停止中",
             enable: "有効にする", disable: "停止する" },
    queue: { heading: "確認待ちの書類", start: "確認を開始（最も古い書類）", startKey: "Enterキーでも開始できます",
             template: "帳票", channel: "窓口", all: "すべて", received: "受付日時", openFields: "要確認項目",
             lease: "作業中", overdue: "期限超過", empty: "確認待ちの書類はありません。", open: "開く",
             source: "元ファイル", unidentified: "帳票不明", none: "確認待ちの書類はもうありません。" },
    verify: {
      fieldOf: "項目 {0} / {1}", machine: "読取値", raw: "OCR原文", confidence: "確信度", reasons: "確認理由",
      input: "確認後の値", page: "{0}ページ", checked: "チェックあり", unchecked: "チェックなし",
      noCrop: "切り出し画像はありません", masked: "マイナンバーは下4桁のみ表示されます。この権限では確認できません。",
      preview: "保存される値", normalised: "正規化", ruleBroken: "ルール違反", valid: "問題ありません",
      saving: "保存中…", saved: "保存しました", illegibleMark: "判読不能", draft: "未保存",
      released: "書類の確認が完了しました。次の書類を開きます…", previousReleased: "前の書類は確定しました。", allDone: "確認待ちの書類はありません。",
      backToQueue: "一覧に戻る", lease: "作業期限 {0}", noFlagged: "この書類に要確認の項目はありません。",
      override: { title: "ルールに合わない値を保存しますか？", hint: "理由を入力して Enter で保存、Esc で戻ります。",
                  reason: "保存する理由", required: "理由を入力してください。" },
      reject: { title: "書類を差し戻す", hint: "数字キーで理由を選び、Enter で差し戻し、Esc で戻ります。",
                wrong_form: "帳票が違う", unreadable_scan: "スキャンが読めない", other: "その他",
                otherText: "差し戻す理由（受付担当に表示されます）", done: "差し戻しました。", submit: "差し戻す" },
      pick: { title: "帳票を選んでください", hint: "数字キーまたは ↑↓ で選び、Enter で決定。F9 で差し戻し。",
              reading: "選んだ帳票で読み取っています…", none: "選べる帳票がありません。" },
      keys: { enter: "確定して次へ", tab: "次の項目", shiftTab: "前の項目", illegible: "判読不能", reject: "差し戻し",
              override: "ルール違反のまま保存", space: "チェック切替", numbers: "選択肢を選ぶ", esc: "入力を元に戻す" },
    },
    status: { heading: "読取状況", date: "日付", updated: "更新", counts: "本日の件数", scanNo: "受付番号", time: "受付時刻", file: "ファイル名",
              state: "状態", documents: "書類", reason: "理由", noFiles: "この日の投入はありません。",
              errorFolder: "エラーフォルダのファイル", noErrors: "ありません。", resubmit: "再投入",
              resubmitted: "{0} を投入フォルダに戻しました。", overdue: "期限超過 {0} 件", history: "履歴",
              summary: "日次集計（全窓口）", documentsIn: "読取書類", released: "確定", rejected: "差戻し", errors: "エラー",
              straightThrough: "全項目自動で確定", stpRate: "自動確定率（項目）", fieldsAuto: "自動確定項目",
              hoursSaved: "削減できた入力時間（時間）" },
    doc: { heading: "書類と履歴", summary: "書類", fields: "項目", history: "履歴（監査記録）", pages: "ページ画像",
           at: "日時", user: "利用者", kind: "操作", field: "項目", change: "変更", reason: "理由",
           value: "値", status: "状態", noHistory: "履歴はありません。", source: "元ファイル", channel: "窓口",
           template: "帳票", unknownTemplate: "帳票不明", record: "確定した記録", masked: "（マイナンバーは下4桁のみ表示）", system: "システム" },
    kinds: { read: "読取", field: "項目を確認", illegible: "判読不能", override: "ルール違反を承認して保存",
             template: "帳票を指定", released: "確定", rejected: "差し戻し", account: "利用者の変更", resubmit: "再投入" },
    states: { queued: "待機中", reading: "読取中", done: "完了", complete: "完了", needs_review: "要確認",
              unidentified: "帳票不明", duplicate: "重複", error: "エラー", auto: "自動", review: "要確認",
              verified: "確認済", released: "確定", rejected: "差し戻し", received: "受付" },
    reasons: {
      low_confidence: "確信度が低い", blank_required: "必須項目が空欄", unreadable: "読み取れない",
      incomplete_cells: "文字枠の一部が読めない", ocr_timeout: "読取が時間切れ", ocr_failed: "読取に失敗",
      multiple_marks: "複数にチェック", era_not_marked: "元号に印がない", era_overflow: "元号の範囲外の年",
      unparseable_date: "日付として読めない", invalid_date: "存在しない日付", invalid_format: "形式が正しくない",
      check_digit: "チェックデジットが合わない", page_missing: "ページがない", alignment_failed: "位置合わせに失敗",
      not_katakana: "カタカナではない", required: "必須項目",
      unknown_prefecture: "都道府県名が正しくない", no_municipality: "市区町村名がない", date_in_future: "未来の日付",
      date_order: "日付の前後が逆（生年月日が申請日より後など）", reading_mismatch: "フリガナが氏名と合わない",
      unknown_relationship: "続柄として使われない語",
    },
    errors: {
      unauthenticated: "ログインしてください。", forbidden: "この操作の権限がありません。",
      csrf: "画面の有効期限が切れました。再読み込みしてください。", bad_credentials: "利用者名またはパスワードが違います。",
      bad_setup_token: "設定トークンが違います。", claimed: "{0} さんが作業中です。",
      stale_version: "ほかの人が先に保存しました。画面を再読み込みしてください。",
      not_claimed: "作業期限が切れました。書類を開き直してください。", invalid: "値がルールに合いません。",
      network: "サーバーに接続できません。", unknown: "エラーが発生しました。",
    },
  },
  en: {
    app: "Verification", title: "Reading status", langSwitch: "日本語", logout: "Log out", loading: "Loading…",
    nav: { queue: "Queue", status: "Reading status", admin: "Users" },
    roles: { clerk: "Clerk", verifier: "Verifier", admin: "Administrator" },
    login: { heading: "Log in", username: "User name", password: "Password", submit: "Log in",
             failed: "Wrong user name or password." },
    setup: { heading: "First start", intro: "Create the first administrator. The setup token was printed on the server console at start-up.",
             token: "Setup token", username: "Administrator's user name", password: "Password (10 characters or more)",
             confirm: "Password (again)", submit: "Create and log in", mismatch: "The passwords differ.",
             tooShort: "The password must have at least 10 characters.", done: "Setup is already done. Please log in." },
    admin: { heading: "Users", create: "Add a user", username: "User name", role: "Role", active: "Active",
             password: "Password (10 characters or more)", add: "Add", newPassword: "New password", setPassword: "Change",
             saved: "Saved.", created: "User {0} added.", activeYes: "Active", activeNo: "Disabled",
             enable: "Enable", disable: "Disable" },
    queue: { heading: "Documents to verify", start: "Start (oldest document)", startKey: "or press Enter",
             template: "Form", channel: "Channel", all: "All", received: "Received", openFields: "Open fields",
             lease: "In work", overdue: "Overdue", empty: "No documents wait for verification.", open: "Open",
             source: "Source file", unidentified: "Unidentified", none: "No more documents to verify." },
    verify: {
      fieldOf: "Field {0} of {1}", machine: "Machine value", raw: "Raw OCR", confidence: "Confidence", reasons: "Why flagged",
      input: "Verified value", page: "Page {0}", checked: "Checked", unchecked: "Not checked",
      noCrop: "No field image", masked: "My Number: only the last 4 digits are shown. Your role cannot verify it.",
      preview: "Will be saved as", normalised: "Normalised", ruleBroken: "Breaks a rule", valid: "OK",
      saving: "Saving…", saved: "Saved", illegibleMark: "Illegible", draft: "Not saved",
      released: "Document verified. Opening the next one…", previousReleased: "The previous document was released.", allDone: "No documents wait for verification.",
      backToQueue: "Back to the queue", lease: "Lease until {0}", noFlagged: "This document has no flagged field.",
      override: { title: "Save a value that breaks a rule?", hint: "Type a reason and press Enter to save; Esc goes back.",
                  reason: "Reason for saving", required: "Please give a reason." },
      reject: { title: "Reject the document", hint: "Pick a reason with a number key, Enter rejects, Esc goes back.",
                wrong_form: "Wrong form", unreadable_scan: "Unreadable scan", other: "Other",
                otherText: "Reason (shown to the clerk)", done: "Rejected.", submit: "Reject" },
      pick: { title: "Pick the form", hint: "Number keys or ↑↓ pick, Enter confirms. F9 rejects.",
              reading: "Reading with the chosen form…", none: "No form to pick from." },
      keys: { enter: "Save and next", tab: "Next field", shiftTab: "Previous field", illegible: "Illegible", reject: "Reject",
              override: "Save despite the rule", space: "Toggle check", numbers: "Pick option", esc: "Undo typing" },
    },
    status: { heading: "Reading status", date: "Date", updated: "Updated", counts: "Today", scanNo: "Scan", time: "Received", file: "File",
              state: "State", documents: "Documents", reason: "Reason", noFiles: "No files were dropped on this day.",
              errorFolder: "Files in the error folder", noErrors: "None.", resubmit: "Re-submit",
              resubmitted: "{0} was moved back into the drop folder.", overdue: "{0} overdue", history: "History",
              summary: "Daily summary (all channels)", documentsIn: "Documents read", released: "Released",
              rejected: "Rejected", errors: "Errors", straightThrough: "Released with every field automatic",
              stpRate: "Fields accepted automatically", fieldsAuto: "Fields accepted automatically (count)",
              hoursSaved: "Keying hours saved" },
    doc: { heading: "Document and history", summary: "Document", fields: "Fields", history: "History (audit trail)",
           pages: "Page images", at: "When", user: "User", kind: "Action", field: "Field", change: "Change",
           reason: "Reason", value: "Value", status: "Status", noHistory: "No history.", source: "Source file",
           channel: "Channel", template: "Form", unknownTemplate: "unidentified form", record: "Released record",
           masked: "(My Number: last 4 digits only)", system: "system" },
    kinds: { read: "Read", field: "Field verified", illegible: "Illegible", override: "Saved despite a rule",
             template: "Form picked", released: "Released", rejected: "Rejected", account: "Account changed",
             resubmit: "Re-submitted" },
    states: { queued: "Queued", reading: "Reading", done: "Done", complete: "Complete", needs_review: "Needs review",
              unidentified: "Unidentified", duplicate: "Duplicate", error: "Error", auto: "Auto", review: "Review",
              verified: "Verified", released: "Released", rejected: "Rejected", received: "Received" },
    reasons: {
      low_confidence: "low confidence", blank_required: "required field is blank", unreadable: "unreadable",
      incomplete_cells: "some character boxes unread", ocr_timeout: "reading timed out", ocr_failed: "reading failed",
      multiple_marks: "several options marked", era_not_marked: "era not marked", era_overflow: "year outside the era",
      unparseable_date: "not a date", invalid_date: "no such date", invalid_format: "wrong format",
      check_digit: "check digit does not match", page_missing: "page missing", alignment_failed: "alignment failed",
      not_katakana: "not katakana", required: "required",
      unknown_prefecture: "not a known prefecture", no_municipality: "no city, ward, town or village",
      date_in_future: "date in the future", date_order: "dates in the wrong order (e.g. born after the filing date)",
      reading_mismatch: "reading does not match the name",
      unknown_relationship: "not a relationship word (続柄)",
    },
    errors: {
      unauthenticated: "Please log in.", forbidden: "Your role may not do this.",
      csrf: "This page expired; please reload it.", bad_credentials: "Wrong user name or password.",
      bad_setup_token: "Wrong setup token.", claimed: "{0} is working on it.",
      stale_version: "Someone saved first; please reload the page.",
      not_claimed: "Your lease expired; please open the document again.", invalid: "The value breaks a rule.",
      network: "Cannot reach the server.", unknown: "Something went wrong.",
    },
  },
};

const STORAGE_KEY = "yomitori.lang";

function chooseLang() {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  if (fromUrl === "en" || fromUrl === "ja") {
    localStorage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "ja";
}

export const LANG = chooseLang();
const TABLE = MESSAGES[LANG];

/** The text for a dotted key ("verify.keys.enter"), {0}.. replaced by args; the key itself when missing. */
export function t(key, ...args) {
  const text = key.split(".").reduce((node, part) => (node == null ? undefined : node[part]), TABLE);
  return (typeof text === "string" ? text : key).replace(/\{(\d)\}/g, (_, i) => String(args[i]));
}

/** A label from one of the code tables (states, reasons, kinds, roles); unknown codes show as they are. */
export function label(table, code) {
  const text = TABLE[table] && TABLE[table][code];
  return typeof text === "string" ? text : String(code);
}

/** A text in both languages, "日本語 / English", the way the server stores reasons for clerks. */
export function bothLanguages(key) {
  const pick = table => key.split(".").reduce((node, part) => (node == null ? undefined : node[part]), table);
  return pick(MESSAGES.ja) + " / " + pick(MESSAGES.en);
}

/** Picks this language's half of a server message written "日本語 / English". */
export function bilingual(message) {
  if (!message) return "";
  const split = message.indexOf(" / ");
  if (split < 0) return message;
  return LANG === "ja" ? message.slice(0, split) : message.slice(split + 3);
}

/** Switches the language for this browser and shows the page again in it. */
export function switchLang() {
  localStorage.setItem(STORAGE_KEY, LANG === "ja" ? "en" : "ja");
  const url = new URL(location.href);
  url.searchParams.delete("lang");
  location.replace(url.toString());
}

/** Fills every element marked data-t="key" (and data-t-placeholder) with its text. */
export function translatePage(root = document) {
  document.documentElement.lang = LANG;
  root.querySelectorAll("[data-t]").forEach(e => { e.textContent = t(e.dataset.t); });
  root.querySelectorAll("[data-t-placeholder]").forEach(e => { e.placeholder = t(e.dataset.tPlaceholder); });
}

export function formatTime(iso) {
  return iso ? new Date(iso).toLocaleString(LANG === "ja" ? "ja-JP" : "en-GB") : "";
}
