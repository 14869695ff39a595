// The verification screen's keys: one table, used both to act and to print the hints on screen.
export const KEYS = [
  { action: "accept", label: "Enter", hint: "verify.keys.enter" },
  { action: "next", label: "Tab", hint: "verify.keys.tab" },
  { action: "prev", label: "Shift+Tab", hint: "verify.keys.shiftTab" },
  { action: "illegible", label: "F8 / Ctrl+I", hint: "verify.keys.illegible" },
  { action: "reject", label: "F9", hint: "verify.keys.reject" },
  { action: "override", label: "Ctrl+Enter", hint: "verify.keys.override" },
  { action: "revert", label: "Esc", hint: "verify.keys.esc" },
];

/** The action a keydown asks for, or null. An Enter that ends an IME conversion is no action. */
export function actionOf(e) {
  if (e.isComposing || e.keyCode === 229) return null;
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.key === "Enter") {
    if (ctrl) return "override";
    return e.shiftKey || e.altKey ? null : "accept";
  }
  if (e.key === "Tab" && !ctrl && !e.altKey) return e.shiftKey ? "prev" : "next";
  if (e.key === "F8" || (ctrl && !e.shiftKey && (e.key === "i" || e.key === "I"))) return "illegible";
  if (e.key === "F9") return "reject";
  if (e.key === "Escape") return "revert";
  return null;
}
