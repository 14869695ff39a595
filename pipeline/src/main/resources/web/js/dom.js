// Building elements from data. Text always goes in as text, never as HTML: values come from scans.

/**
 * el("td", {className: "x", dataset: {k: "v"}}, "text", child...) creates an element; props are
 * assigned as properties (dataset and attrs are merged), children are strings or nodes.
 */
export function el(tag, props, ...children) {
  const e = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      if (key === "dataset") Object.assign(e.dataset, value);
      else if (key === "attrs") Object.entries(value).forEach(([k, v]) => e.setAttribute(k, v));
      else e[key] = value;
    }
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.append(c instanceof Node ? c : String(c));
  }
}

export const byId = id => document.getElementById(id);

/** A status chip: <span class="state state-CODE">label</span>. */
export function chip(code, text) {
  return el("span", { className: "state state-" + code }, text);
}

/** Shows a message in the page's message bar (kind: info | error). */
export function flash(text, kind = "info") {
  const bar = byId("flash");
  if (!bar) return;
  bar.textContent = text;
  bar.className = "flash flash-" + kind;
  bar.hidden = !text;
}

/** A table with a header row of texts and one row per item made by rowOf(item) (a list of cells). */
export function table(headers, items, rowOf, className) {
  const head = el("thead", null, el("tr", null, headers.map(h => el("th", null, h))));
  const body = el("tbody", null, items.map(item => el("tr", null, rowOf(item).map(cell => el("td", null, cell)))));
  return el("table", { className: className || "" }, head, body);
}

/** A value as a person reads it: lists joined, booleans as marks, blanks as a dash. */
export function formatValue(v) {
  if (v === null || v === undefined || v === "") return "—";
  if (Array.isArray(v)) return v.length ? v.join("、") : "—";
  if (typeof v === "boolean") return v ? "☑" : "☐";
  return String(v);
}
