// The input for one field, by type: a text box, a check mark (Space toggles) or an option group
// (number keys pick). Each editor has an element, a value, focus() and calls onChange(value).
import { t } from "../../i18n.js";
import { el } from "../dom.js";

const MARK_TYPES = new Set(["checkbox", "seal_presence"]);

export function editorFor(field, value, onChange) {
  if (field.masked) return maskedEditor(value);
  if (MARK_TYPES.has(field.type)) return checkboxEditor(value === true, onChange);
  if (field.type === "checkbox_group") return groupEditor(field, value, onChange);
  return textEditor(field, value, onChange);
}

/** Whether the type's values go through POST /api/validate (marks and groups have nothing to check). */
export function isTyped(field) {
  return !field.masked && !MARK_TYPES.has(field.type) && field.type !== "checkbox_group";
}

function textEditor(field, value, onChange) {
  const input = el("input", { id: "value-input", className: "value-input type-" + field.type, type: "text",
    autocomplete: "off", spellcheck: false, value: value == null ? "" : String(value),
    attrs: { "aria-label": t("verify.input"), inputmode: field.type === "text" || field.type === "kana" ? "text" : "numeric" } });
  input.addEventListener("input", () => onChange(input.value));
  return {
    element: input,
    get value() { return input.value; },
    focus() { input.focus(); input.select(); },
  };
}

function checkboxEditor(checked, onChange) {
  const box = el("div", { id: "value-input", className: "value-input mark", tabIndex: 0,
                          attrs: { role: "checkbox", "aria-label": t("verify.input") } });
  const render = () => {
    box.setAttribute("aria-checked", String(checked));
    box.replaceChildren(el("span", { className: "mark-box" }, checked ? "☑" : "☐"), " ",
                        t(checked ? "verify.checked" : "verify.unchecked"), el("kbd", null, "Space"));
  };
  box.addEventListener("keydown", e => {
    if (e.key === " ") {
      e.preventDefault();
      checked = !checked;
      render();
      onChange(checked);
    }
  });
  render();
  return { element: box, get value() { return checked; }, focus() { box.focus(); } };
}

function groupEditor(field, value, onChange) {
  const options = field.options || [];
  let chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const list = el("ol", { id: "value-input", className: "value-input group", tabIndex: 0,
                          attrs: { role: field.multi ? "group" : "radiogroup", "aria-label": t("verify.input") } });
  const render = () => list.replaceChildren(...options.map((o, i) => el("li", {
    className: chosen.has(o) ? "chosen" : "", attrs: { "aria-checked": String(chosen.has(o)), role: field.multi ? "checkbox" : "radio" },
  }, el("kbd", null, String(i + 1)), " ", chosen.has(o) ? "☑ " : "☐ ", o)));
  const current = () => (field.multi ? options.filter(o => chosen.has(o)) : [...chosen][0] || "");
  list.addEventListener("keydown", e => {
    if (e.ctrlKey || e.altKey || e.metaKey || !/^[0-9]$/.test(e.key)) return;
    e.preventDefault();
    const n = Number(e.key);
    if (n === 0) chosen = new Set();
    else if (n <= options.length) pick(options[n - 1]);
    render();
    onChange(current());
  });
  function pick(option) {
    if (field.multi) chosen.has(option) ? chosen.delete(option) : chosen.add(option);
    else chosen = chosen.has(option) ? new Set() : new Set([option]);
  }
  render();
  return { element: list, get value() { return current(); }, focus() { list.focus(); } };
}

function maskedEditor(value) {
  const box = el("div", { id: "value-input", className: "value-input masked", tabIndex: 0 },
                 value == null ? "" : String(value), el("p", { className: "muted" }, t("verify.masked")));
  return { element: box, get value() { return value; }, focus() { box.focus(); }, readOnly: true };
}
