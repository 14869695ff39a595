// The document's fields down the left side: status marks, the current one highlighted.
import { t, label } from "../../i18n.js";
import { el } from "../dom.js";

const MARKS = { review: "●", verified: "✓", auto: "·", saving: "…", draft: "✎", illegible: "✗", error: "!" };

export class FieldList {
  constructor(list) {
    this.list = list;
    this.items = [];
  }

  render(fields, stateOf) {
    this.items = fields.map((f, i) => el("li", { dataset: { field: f.name } },
      el("span", { className: "mark" }), el("span", { className: "label" }, (i + 1) + ". " + (f.label || f.name))));
    this.list.replaceChildren(...this.items);
    fields.forEach((f, i) => this.update(i, stateOf(f)));
  }

  /** state: review | verified | auto | saving | draft | illegible | error */
  update(index, state) {
    const item = this.items[index];
    if (!item) return;
    item.className = "field-item" + (item.classList.contains("current") ? " current" : "");
    item.dataset.state = state;
    item.firstChild.textContent = MARKS[state] || "";
    item.title = state === "draft" ? t("verify.draft") : label("states", state);
  }

  select(index) {
    this.items.forEach((item, i) => item.classList.toggle("current", i === index));
    const item = this.items[index];
    if (item) item.scrollIntoView({ block: "nearest" });
  }
}
