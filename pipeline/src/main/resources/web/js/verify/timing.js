// performance.now() marks around "Enter pressed -> next field's crop and value on screen", read by
// the NextFieldBenchmark through performance.getEntriesByName(MEASURE).
export const MEASURE = "yomitori-next-field";
const START = "yomitori-enter";
const SHOWN = "yomitori-shown";
let pending = false;

export function enterPressed() {
  performance.mark(START);
  pending = true;
}

/** Call once the next field's crop and value are in the DOM: marks the end after that frame is painted. */
export function nextFieldShown() {
  if (!pending) return;
  pending = false;
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark(SHOWN);
    performance.measure(MEASURE, START, SHOWN);
  }, 0));
}
