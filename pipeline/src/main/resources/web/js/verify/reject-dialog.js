// "Reject document": a modal with the reasons (number keys pick, Enter confirms, Esc cancels).
// The reason goes back to the clerk, so it is sent in both languages ("日本語 / English").
import { bothLanguages } from "../../i18n.js";
import { byId } from "../dom.js";

export const REJECT_REASONS = ["wrong_form", "unreadable_scan", "other"];

export class RejectDialog {
  constructor() {
    this.dialog = byId("reject-dialog");
    this.other = byId("reject-other");
    this.resolve = null;
    this.dialog.addEventListener("keydown", e => this.onKey(e));
    this.dialog.addEventListener("close", () => this.finish(null));
    byId("reject-form").addEventListener("submit", e => { e.preventDefault(); this.confirm(); });
    this.radios().forEach(r => r.addEventListener("change", () => this.sync()));
  }

  get open() {
    return this.dialog.open;
  }

  /** Resolves to the reason text, or null when cancelled. */
  ask() {
    this.radios()[0].checked = true;
    this.other.value = "";
    byId("reject-error").hidden = true;
    this.sync();
    this.dialog.showModal();
    this.radios()[0].focus();
    return new Promise(resolve => { this.resolve = resolve; });
  }

  radios() {
    return [...this.dialog.querySelectorAll("input[name=reject-reason]")];
  }

  chosen() {
    const r = this.radios().find(x => x.checked);
    return r ? r.value : null;
  }

  sync() {
    const isOther = this.chosen() === "other";
    this.other.disabled = !isOther;
    if (isOther) this.other.focus();
  }

  onKey(e) {
    e.stopPropagation(); // the station behind the dialog must not act on these keys
    if (e.target === this.other && e.key !== "Enter") return;
    if (/^[1-9]$/.test(e.key) && !e.ctrlKey && !e.altKey) {
      const r = this.radios()[Number(e.key) - 1];
      if (r) {
        e.preventDefault();
        r.checked = true;
        r.focus();
        this.sync();
      }
    } else if (e.key === "Enter" && !e.isComposing) {
      e.preventDefault();
      this.confirm();
    }
  }

  confirm() {
    const code = this.chosen();
    const text = code === "other" ? this.other.value.trim() : bothLanguages("verify.reject." + code);
    if (!text) {
      byId("reject-error").hidden = false;
      this.other.focus();
      return;
    }
    this.finish(text);
    this.dialog.close();
  }

  finish(value) {
    if (this.resolve) {
      const resolve = this.resolve;
      this.resolve = null;
      resolve(value);
    }
  }
}
