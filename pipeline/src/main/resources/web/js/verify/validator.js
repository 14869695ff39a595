// Runs the pipeline's validators on what the verifier types (POST /api/validate), debounced, and
// remembers answers so pressing Enter on a value already checked costs no request.
import { post } from "../api.js";

export const DEBOUNCE_MS = 120;

export class LiveValidator {
  constructor(documentId, onResult) {
    this.documentId = documentId;
    this.onResult = onResult; // (fieldName, value, result) for the latest value typed
    this.results = new Map();
    this.timer = null;
    this.latest = null;
  }

  /** The value changed: validate it after a short pause in typing (at once when `now`). */
  typed(field, value, now = false) {
    clearTimeout(this.timer);
    this.latest = { field, value };
    const known = this.results.get(key(field, value));
    if (known && !(known instanceof Promise)) {
      this.onResult(field, value, known);
      return;
    }
    if (known) return; // asked already: its answer reaches onResult
    if (now) this.check(field, value).catch(() => {});
    else this.timer = setTimeout(() => this.check(field, value).catch(() => {}), DEBOUNCE_MS);
  }

  /** Validates a value that will be shown soon (the next field's machine value), so Enter on it needs no request. */
  prefetch(field, value) {
    if (!this.results.has(key(field, value))) this.check(field, value).catch(() => {});
  }

  /** The answer for exactly this value, now (from memory, or asked at once). */
  async settle(field, value) {
    const known = this.results.get(key(field, value));
    if (known) return known;
    clearTimeout(this.timer);
    return this.check(field, value);
  }

  check(field, value) {
    const k = key(field, value);
    const pending = post("/api/validate", { documentId: this.documentId, field, value: String(value) })
      .then(result => {
        this.results.set(k, result);
        if (this.latest && this.latest.field === field && this.latest.value === value) {
          this.onResult(field, value, result);
        }
        return result;
      }, error => {
        this.results.delete(k);
        throw error;
      });
    this.results.set(k, pending);
    return pending;
  }
}

function key(field, value) {
  return field + "\u0000" + String(value);
}
