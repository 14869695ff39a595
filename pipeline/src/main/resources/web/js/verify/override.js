// Saving a value that breaks a rule: Ctrl+Enter asks for a reason, Enter saves the value with it
// (the API records the override), Esc goes back to the value.
import { t } from "../../i18n.js";
import { isTyped } from "./editors.js";
import * as timing from "./timing.js";

export class Override {
  constructor(work) {
    this.work = work;
    this.value = null;
  }

  /** Ctrl+Enter: a value that passes needs no override and is simply saved. */
  async begin() {
    const work = this.work;
    const field = work.current;
    if (!isTyped(field)) return work.accept();
    const value = work.views.panel.editor.value;
    const result = await work.check(field, value);
    if (!result) return;
    if (result.ok) return work.accept();
    this.value = value;
    work.views.panel.validation(result, value);
    work.views.panel.showOverride(result.reasons || []);
  }

  confirm() {
    const panel = this.work.views.panel;
    const reason = panel.overrideReason();
    if (!reason) return panel.message(t("verify.override.required"), "error");
    panel.hideOverride();
    timing.enterPressed();
    this.work.commit(this.work.current, { value: this.value, override: { reason } });
  }

  cancel() {
    this.work.views.panel.hideOverride();
    this.work.views.panel.editor.focus();
  }
}
