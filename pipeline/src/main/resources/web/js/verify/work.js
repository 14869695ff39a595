// One claimed document being verified: which field is current, what was typed, what is saved.
// Enter saves and moves on at once (the save runs behind, in order); a failed save brings the
// verifier back to that field with the server's answer.
import { t } from "../../i18n.js";
import { isTyped } from "./editors.js";
import { LiveValidator } from "./validator.js";
import { SaveQueue } from "./saves.js";
import { Override } from "./override.js";
import * as timing from "./timing.js";

const DONE = new Set(["saving", "verified", "illegible"]);

export class DocumentWork {
  /** views: {panel, pageView, fieldList, images}; onReleased() runs when the last save released the document. */
  constructor(doc, version, views, onReleased) {
    this.doc = doc;
    this.fields = doc.fields;
    this.views = views;
    this.onReleased = onReleased;
    this.local = new Map();  // field name -> state after this screen saved it (saving | verified | illegible | error)
    this.drafts = new Map(); // field name -> value typed and not saved yet
    this.index = 0;
    this.override = new Override(this);
    this.released = false;
    this.saves = new SaveQueue(doc.documentId, version);
    this.validator = new LiveValidator(doc.documentId, (name, value, result) => {
      const editor = this.views.panel.editor;
      if (this.current.name === name && editor && editor.value === value) this.views.panel.validation(result, value);
    });
  }

  get current() {
    return this.fields[this.index];
  }

  start() {
    this.views.fieldList.render(this.fields, f => this.stateOf(f));
    const first = this.fields.findIndex(f => this.isOpen(f));
    this.index = Math.max(0, first);
    this.show();
    if (first < 0) this.views.panel.message(t("verify.noFlagged"));
    this.prefetchCrops();
  }

  /** Crops of the flagged fields first (in the order they come), then the rest. */
  prefetchCrops() {
    const flagged = this.fields.filter(f => this.isOpen(f));
    const others = this.fields.filter(f => !this.isOpen(f));
    this.views.images.prefetch([...flagged, ...others].map(f => f.cropUrl));
  }

  stateOf(f) {
    if (this.drafts.has(f.name)) return "draft";
    return this.local.get(f.name) || f.status;
  }

  /** Still waiting for a person: flagged, not saved by this screen, and visible to this role. */
  isOpen(f) {
    return f.status === "review" && !DONE.has(this.local.get(f.name)) && !f.masked;
  }

  show() {
    const field = this.current;
    const value = this.drafts.has(field.name) ? this.drafts.get(field.name) : field.value;
    const { panel, pageView, fieldList } = this.views;
    const editor = panel.show(field, this.index, this.fields.length, value, v => this.changed(field, v), timing.nextFieldShown);
    pageView.showField(this.doc, field);
    fieldList.select(this.index);
    editor.focus();
    if (isTyped(field)) this.validator.typed(field.name, String(editor.value), !this.drafts.has(field.name));
    this.prevalidateNext();
  }

  /** Checks the next flagged field's machine value now, while the verifier looks at this one. */
  prevalidateNext() {
    const n = this.fields.length;
    for (let step = 1; step < n; step++) {
      const f = this.fields[(this.index + step) % n];
      if (this.isOpen(f)) {
        if (isTyped(f) && !this.drafts.has(f.name)) this.validator.prefetch(f.name, String(f.value == null ? "" : f.value));
        return;
      }
    }
  }

  changed(field, value) {
    this.drafts.set(field.name, value);
    this.views.fieldList.update(this.index, "draft");
    if (isTyped(field)) this.validator.typed(field.name, String(value));
  }

  /** Esc: forget what was typed into the current field. */
  revert() {
    if (!this.drafts.delete(this.current.name)) return;
    this.views.fieldList.update(this.index, this.stateOf(this.current));
    this.show();
  }

  move(delta) {
    this.index = (this.index + delta + this.fields.length) % this.fields.length;
    this.show();
  }

  /** Enter: save the value shown (checked first) and go to the next flagged field. */
  async accept() {
    if (this.checking) return; // a second Enter while the first one's value is being checked
    timing.enterPressed();
    this.checking = true;
    try {
      await this.acceptCurrent();
    } finally {
      this.checking = false;
    }
  }

  async acceptCurrent() {
    const field = this.current;
    const editor = this.views.panel.editor;
    const changed = this.drafts.has(field.name);
    if (editor.readOnly || (!this.isOpen(field) && !changed)) return this.goNext();
    let value = editor.value;
    if (isTyped(field)) {
      const result = await this.check(field, value);
      if (!result) return;
      if (!result.ok) return this.refuse(result.reasons);
      if (result.normalised != null) value = result.normalised;
    }
    this.commit(field, { value });
  }

  async check(field, value) {
    try {
      return await this.validator.settle(field.name, String(value));
    } catch (e) {
      this.views.panel.message(e.describe(), "error");
      return null;
    }
  }

  refuse(reasons) {
    this.views.panel.validation({ ok: false, reasons });
    this.views.panel.message(t("errors.invalid") + " (Ctrl+Enter: " + t("verify.keys.override") + ")", "error");
  }

  illegible() {
    const field = this.current;
    if (this.views.panel.editor.readOnly) return;
    timing.enterPressed();
    this.commit(field, { value: "", illegible: true });
  }

  commit(field, body) {
    const index = this.index;
    this.local.set(field.name, "saving");
    this.drafts.delete(field.name);
    this.views.fieldList.update(index, "saving");
    this.saves.save(field.name, body).then(
      answer => this.saved(field, index, answer, body),
      error => this.failed(field, index, error, body));
    this.goNext();
  }

  goNext() {
    const n = this.fields.length;
    for (let step = 1; step <= n; step++) {
      const i = (this.index + step) % n;
      if (this.isOpen(this.fields[i])) {
        this.index = i;
        return this.show();
      }
    }
    timing.documentFinished();
    this.views.panel.message(this.saves.pending ? t("verify.saving") : t("verify.noFlagged"));
  }

  saved(field, index, answer, body) {
    if (answer.field && typeof answer.field === "object") Object.assign(field, answer.field);
    else field.status = "verified";
    if (!body.illegible) field.value = body.value;
    this.local.set(field.name, body.illegible ? "illegible" : "verified");
    this.views.fieldList.update(index, this.stateOf(field));
    if (answer.released && !this.released) {
      this.released = true;
      this.onReleased();
    }
  }

  failed(field, index, error, body) {
    timing.cancel();
    this.local.set(field.name, "error");
    this.drafts.set(field.name, body.value);
    this.index = index;
    this.show();
    this.views.fieldList.update(index, "error");
    if (error.code === "invalid") this.refuse((error.body && error.body.reasons) || []);
    else this.views.panel.message(error.describe(), "error");
  }
}
