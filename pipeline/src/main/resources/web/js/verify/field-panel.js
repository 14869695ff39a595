// The right-hand panel for the current field: label, large crop, machine value, raw text, reasons,
// the editor, the live validation line, messages and the override prompt.
import { t, label } from "../../i18n.js";
import { el, byId, formatValue } from "../dom.js";
import { editorFor } from "./editors.js";

export class FieldPanel {
  constructor(images) {
    this.images = images;
    this.editor = null;
  }

  /** Renders the field; onShown() runs once its crop (if any) is on screen. Returns the editor. */
  show(field, position, count, value, onChange, onShown) {
    byId("field-label").textContent = field.label || field.name;
    byId("field-position").textContent = t("verify.fieldOf", position + 1, count);
    byId("field-status").replaceChildren(el("span", { className: "state state-" + field.status }, label("states", field.status)));
    this.showCrop(field, onShown);
    byId("machine-value").textContent = formatValue(field.value);
    byId("machine-value").classList.toggle("masked", !!field.masked);
    byId("raw-text").textContent = field.raw || "—";
    byId("confidence").textContent = field.confidence == null ? "—" : Math.round(field.confidence * 100) + "%";
    byId("reasons").replaceChildren(...(field.reasons || []).map(r => el("li", { dataset: { code: r } }, label("reasons", r))));
    this.editor = editorFor(field, value, onChange);
    byId("editor").replaceChildren(this.editor.element);
    this.validation(null);
    this.message("");
    this.hideOverride();
    return this.editor;
  }

  showCrop(field, onShown) {
    const box = byId("crop");
    const url = field.cropUrl;
    box.dataset.url = url || "";
    if (!url) {
      box.replaceChildren(el("p", { className: "empty" }, t("verify.noCrop")));
      onShown();
      return;
    }
    const ready = this.images.peek(url);
    if (ready) {
      ready.alt = field.label || field.name;
      box.replaceChildren(ready);
      onShown();
      return;
    }
    box.replaceChildren(el("p", { className: "empty" }, t("loading")));
    this.images.load(url).then(img => {
      if (this.editor && box.dataset.url === url && img) {
        box.replaceChildren(img);
        onShown();
      }
    });
  }

  /** The live check of the typed value: ISO preview, normalised form, broken rules. */
  validation(result, typed) {
    const line = byId("validation");
    line.className = "validation";
    if (!result) {
      line.replaceChildren();
      return;
    }
    const parts = [];
    if (result.preview) parts.push(el("span", { className: "preview" }, t("verify.preview") + ": ", el("strong", null, result.preview)));
    if (result.normalised != null && result.normalised !== typed && result.normalised !== result.preview) {
      parts.push(el("span", { className: "normalised" }, t("verify.normalised") + ": ", el("strong", null, result.normalised)));
    }
    if (result.warnings && result.warnings.length) {
      parts.push(el("span", { className: "warnings" }, "⚠ " + result.warnings.map(r => label("reasons", r)).join("、")));
    }
    if (result.ok) {
      line.classList.add("ok");
      if (!parts.length) parts.push(t("verify.valid"));
    } else {
      line.classList.add("broken");
      parts.push(el("span", { className: "broken-rules" }, t("verify.ruleBroken") + ": " +
        (result.reasons || []).map(r => label("reasons", r)).join("、")));
    }
    line.replaceChildren(...parts);
  }

  message(text, kind = "info") {
    const m = byId("field-message");
    m.textContent = text;
    m.className = "field-message " + kind;
  }

  showOverride(reasons) {
    this.message("");
    byId("override-rules").textContent = reasons.map(r => label("reasons", r)).join("、");
    byId("override").hidden = false;
    const input = byId("override-reason");
    input.value = "";
    input.focus();
  }

  hideOverride() {
    byId("override").hidden = true;
  }

  get overrideOpen() {
    return !byId("override").hidden;
  }

  overrideReason() {
    return byId("override-reason").value.trim();
  }
}
