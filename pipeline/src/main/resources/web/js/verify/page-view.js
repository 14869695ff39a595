// The page image scaled to the pane's width, with the current field's zone outlined and scrolled
// into the middle of the pane. Page images come from the shared ImageCache.
import { t } from "../../i18n.js";
import { el } from "../dom.js";

export class PageView {
  constructor(pane, images) {
    this.pane = pane;
    this.images = images;
    this.zone = el("div", { id: "zone", className: "zone" });
    this.frame = el("div", { className: "page-frame" });
    this.shownUrl = null;
  }

  /** Shows the field's page and outlines its box. */
  showField(doc, field) {
    const page = doc.pages.find(p => p.n === field.page) || doc.pages[0];
    if (!page) return;
    this.showPage(page);
    const b = field.box;
    if (!b || !page.width || !page.height) {
      this.zone.hidden = true;
      return;
    }
    const s = this.zone.style;
    s.left = pct(b.x / page.width);
    s.top = pct(b.y / page.height);
    s.width = pct(b.w / page.width);
    s.height = pct(b.h / page.height);
    this.zone.hidden = false;
    this.scrollTo((b.y + b.h / 2) / page.height);
  }

  /** Every page one under the other, for a document whose form is not known yet. */
  showAll(doc) {
    this.shownUrl = null;
    this.pane.replaceChildren(...doc.pages.map(p => {
      const img = el("img", { className: "page", alt: t("verify.page", p.n + 1) });
      this.images.load(p.url).then(() => { img.src = p.url; });
      return el("div", { className: "page-frame" }, img);
    }));
    this.pane.scrollTop = 0;
  }

  showPage(page) {
    if (this.shownUrl === page.url && this.frame.isConnected) return;
    this.shownUrl = page.url;
    const ready = this.images.peek(page.url);
    const img = ready || el("img");
    img.className = "page";
    img.alt = t("verify.page", page.n + 1);
    if (!ready) this.images.load(page.url).then(() => { img.src = page.url; });
    if (page.width && page.height) this.frame.style.aspectRatio = page.width + " / " + page.height;
    this.frame.replaceChildren(img, this.zone);
    if (!this.frame.isConnected) this.pane.replaceChildren(this.frame);
  }

  scrollTo(fraction) {
    const target = fraction * this.frame.clientHeight - this.pane.clientHeight / 2;
    this.pane.scrollTop = Math.max(0, target);
  }
}

function pct(x) {
  return (x * 100).toFixed(3) + "%";
}
