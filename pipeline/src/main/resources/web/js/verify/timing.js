// performance.now() marks around "Enter pressed -> next field's crop and value on screen" (and, when
// that Enter finished the document, "-> the next document's first field on screen"), read by the
// NextFieldBenchmark through performance.getEntriesByName(...).
export const NEXT_FIELD = "yomitori-next-field";
export const NEXT_DOCUMENT = "yomitori-next-document";
const START = "yomitori-enter";
const SHOWN = "yomitori-shown";
let pending = null;

export function enterPressed() {
  performance.mark(START);
  pending = NEXT_FIELD;
}

/** The Enter just pressed finished the document: what it waits for now is the next document. */
export function documentFinished() {
  if (pending) pending = NEXT_DOCUMENT;
}

/** Call once the next field's crop and value are in the DOM: marks the end after that frame is painted. */
export function nextFieldShown() {
  if (!pending) return;
  const measure = pending;
  pending = null;
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark(SHOWN);
    performance.measure(measure, START, SHOWN);
  }, 0));
}

/** Nothing is on its way any more (a save failed and the screen went back). */
export function cancel() {
  pending = null;
}
