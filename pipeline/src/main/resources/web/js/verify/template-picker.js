// For a document whose form was not recognised: the list of forms (number keys or arrows pick,
// Enter confirms). Rejecting stays on F9 like everywhere on this screen.
import { t } from "../../i18n.js";
import { el, byId } from "../dom.js";

export class TemplatePicker {
  constructor(templates) {
    this.templates = templates; // [{id, title}]
    this.index = 0;
    this.list = byId("picker-list");
    this.onKey = this.onKey.bind(this);
  }

  /** Shows the list; resolves to the chosen template id. */
  ask() {
    byId("picker").hidden = false;
    if (!this.templates.length) {
      this.list.replaceChildren(el("li", { className: "empty" }, t("verify.pick.none")));
    }
    this.render();
    this.list.addEventListener("keydown", this.onKey);
    this.list.focus();
    return new Promise(resolve => { this.resolve = resolve; });
  }

  render() {
    if (!this.templates.length) return;
    this.list.replaceChildren(...this.templates.map((tpl, i) => el("li", {
      className: i === this.index ? "chosen" : "", dataset: { template: tpl.id },
      attrs: { role: "option", "aria-selected": String(i === this.index) },
    }, el("kbd", null, String(i + 1)), " ", tpl.title || tpl.id, el("small", null, " " + tpl.id))));
  }

  onKey(e) {
    if (e.ctrlKey || e.altKey || e.metaKey || !this.templates.length) return;
    let next = this.index;
    if (/^[1-9]$/.test(e.key)) next = Number(e.key) - 1;
    else if (e.key === "ArrowDown") next = this.index + 1;
    else if (e.key === "ArrowUp") next = this.index - 1;
    else if (e.key === "Enter" && !e.isComposing) {
      e.preventDefault();
      e.stopPropagation();
      this.close();
      this.resolve(this.templates[this.index].id);
      return;
    } else return;
    e.preventDefault();
    if (next >= 0 && next < this.templates.length) this.index = next;
    this.render();
  }

  close() {
    this.list.removeEventListener("keydown", this.onKey);
  }

  reading() {
    this.list.replaceChildren(el("li", { className: "empty" }, t("verify.pick.reading")));
  }

  hide() {
    this.close();
    byId("picker").hidden = true;
  }
}
