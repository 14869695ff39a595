// The verification station: claims documents one after another and hands each to a DocumentWork
// (or, for an unidentified one, to the template picker). Keeps the lease alive, prefetches the
// next document while the current one is worked on, and releases the lease on leaving the page.
import { t, formatTime } from "../../i18n.js";
import { get, post, path, query, ApiError } from "../api.js";
import { byId, flash } from "../dom.js";
import { actionOf } from "./keys.js";
import { DocumentWork } from "./work.js";
import { TemplatePicker } from "./template-picker.js";
import { RejectDialog } from "./reject-dialog.js";
import { NextDocument } from "./next-document.js";

const KEEPALIVE_MS = 120000;

export class Station {
  constructor(session, filters, views) {
    this.session = session;
    this.filters = filters;
    this.views = views;
    this.rejectDialog = new RejectDialog();
    this.next = new NextDocument(session.user, filters, views.images);
    this.doc = null;
    this.work = null;
    this.picker = null;
    document.addEventListener("keydown", e => this.onKey(e));
    window.addEventListener("pagehide", () => this.unclaimOnLeave());
    setInterval(() => this.keepLease(), KEEPALIVE_MS);
  }

  /** Opens the given document, or the oldest waiting one when id is empty. */
  async begin(id) {
    const claimed = id ? await this.next.claim(id) : await this.next.claimOldest();
    if (!claimed) return this.allDone();
    this.enter(claimed.doc, claimed.version, claimed.leaseExpiresAt);
  }

  enter(doc, version, leaseExpiresAt) {
    this.doc = doc;
    this.work = null;
    history.replaceState(null, "", "/verify.html" + query({ id: doc.documentId, ...this.filters }));
    byId("doc-title").textContent = (doc.title || doc.template || t("queue.unidentified")) + " — " + doc.source;
    byId("doc-channel").textContent = doc.channel;
    this.showLease(leaseExpiresAt);
    flash("");
    if (doc.status === "unidentified" || !doc.template) this.pickTemplate(doc, version);
    else this.verify(doc, version);
    this.next.prefetch(doc.documentId);
  }

  verify(doc, version) {
    document.body.classList.remove("picking");
    if (this.picker) this.picker.hide();
    this.work = new DocumentWork(doc, version, this.views, () => this.released());
    this.work.start();
  }

  async pickTemplate(doc, version) {
    document.body.classList.add("picking");
    this.views.pageView.showAll(doc);
    const templates = await get("/api/templates").catch(() => []);
    this.picker = new TemplatePicker(templates.map(x => (typeof x === "string" ? { id: x } : { id: x.id, title: x.title })));
    const chosen = await this.picker.ask();
    this.picker.reading();
    try {
      await post(path("documents", doc.documentId, "template"), { template: chosen, version });
      const reread = await get(path("documents", doc.documentId));
      this.verify(reread, reread.version);
    } catch (e) {
      flash(e.describe(), "error");
      this.pickTemplate(doc, version);
    }
  }

  onKey(e) {
    if (this.rejectDialog.open || !this.doc || e.target.closest("dialog")) return;
    const action = actionOf(e);
    const panel = this.views.panel;
    if (this.work && panel.overrideOpen) {
      if (action === "accept") this.work.override.confirm();
      else if (e.key === "Escape") this.work.override.cancel();
      else if (action !== "next" && action !== "prev") return;
      e.preventDefault();
      return;
    }
    if (!action || (!this.work && action !== "reject")) {
      if (this.work && !panel.editor.element.contains(document.activeElement)) panel.editor.focus();
      return;
    }
    e.preventDefault();
    if (action === "reject") this.reject();
    else if (action === "accept") this.work.accept();
    else if (action === "override") this.work.override.begin();
    else if (action === "next") this.work.move(1);
    else if (action === "prev") this.work.move(-1);
    else if (action === "illegible") this.work.illegible();
    else if (action === "revert") this.work.revert();
  }

  async reject() {
    const reason = await this.rejectDialog.ask();
    if (!reason) {
      if (this.work) this.views.panel.editor.focus();
      return;
    }
    const doc = this.doc;
    try {
      let version = doc.version;
      if (this.work) {
        await this.work.saves.idle();
        version = this.work.saves.version;
      }
      await post(path("documents", doc.documentId, "reject"), { reason, version });
      await this.advance();
      flash(t("verify.reject.done"));
    } catch (e) {
      flash(e.describe(), "error");
    }
  }

  async released() {
    flash(t("verify.released"));
    try {
      await this.advance();
      flash(t("verify.previousReleased"));
    } catch (e) {
      flash(e.describe(), "error");
    }
  }

  /** The current document is finished: claim and show the next one (prefetched when possible). */
  async advance() {
    this.doc = null;
    const claimed = await this.next.claimPrefetchedOrOldest();
    if (!claimed) return this.allDone();
    this.enter(claimed.doc, claimed.version, claimed.leaseExpiresAt);
  }

  allDone() {
    this.doc = null;
    this.work = null;
    ["doc-title", "doc-channel", "lease"].forEach(id => { byId(id).textContent = ""; });
    byId("field-list").replaceChildren();
    byId("page-pane").replaceChildren();
    document.body.classList.add("all-done");
    byId("all-done").hidden = false;
    byId("back-to-queue").focus();
  }

  showLease(expiresAt) {
    byId("lease").textContent = expiresAt ? t("verify.lease", formatTime(expiresAt)) : "";
  }

  async keepLease() {
    if (!this.doc) return;
    try {
      const claim = await post(path("documents", this.doc.documentId, "claim"));
      this.showLease(claim.leaseExpiresAt);
    } catch (e) {
      if (e instanceof ApiError) flash(e.describe(), "error");
    }
  }

  unclaimOnLeave() {
    if (!this.doc) return;
    this.next.unclaimOnLeave(this.doc.documentId);
  }
}
