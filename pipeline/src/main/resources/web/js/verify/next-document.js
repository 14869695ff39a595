// Getting the next document: claiming one (a given id, the prefetched candidate, or the oldest in
// the queue) and, while the verifier works, looking up the next candidate and loading its images.
import { get, post, path, query, ApiError, csrfHeader } from "../api.js";

export class NextDocument {
  constructor(user, filters, images) {
    this.user = user;
    this.filters = filters;
    this.images = images;
    this.candidate = null;
  }

  /** Claims a document; resolves to {doc, version, leaseExpiresAt}, or null when someone else holds it. */
  async claim(id, known) {
    let claim;
    try {
      claim = await post(path("documents", id, "claim"));
    } catch (e) {
      if (e instanceof ApiError && (e.status === 409 || e.status === 404)) return null;
      throw e;
    }
    const doc = known && known.version === claim.version ? known : await get(path("documents", id));
    return { doc, version: claim.version, leaseExpiresAt: claim.leaseExpiresAt };
  }

  async claimOldest() {
    const claim = await post("/api/queue/next" + query(this.filters));
    if (!claim) return null;
    const doc = await get(path("documents", claim.documentId));
    return { doc, version: claim.version, leaseExpiresAt: claim.leaseExpiresAt };
  }

  async claimPrefetchedOrOldest() {
    const candidate = this.candidate;
    this.candidate = null;
    if (candidate) {
      const claimed = await this.claim(candidate.documentId, candidate);
      if (claimed) return claimed;
    }
    return this.claimOldest();
  }

  /** Finds the oldest unclaimed document after `currentId` and loads its document and images. */
  async prefetch(currentId) {
    this.candidate = null;
    try {
      const queue = await get("/api/queue" + query(this.filters));
      const item = queue.find(i => i.documentId !== currentId && (!i.lease || i.lease.user === this.user));
      if (!item) return;
      const doc = await get(path("documents", item.documentId));
      this.candidate = doc;
      const flagged = doc.fields.filter(f => f.status === "review");
      const firstPage = doc.pages.find(p => flagged.length && p.n === flagged[0].page) || doc.pages[0];
      await this.images.prefetch([firstPage && firstPage.url, ...flagged.slice(0, 5).map(f => f.cropUrl)]);
    } catch (e) {
      this.candidate = null; // prefetching is an optimisation: the next document is claimed from the queue instead
    }
  }

  /** Gives the lease back when the page is closed (keepalive lets the request outlive the page). */
  unclaimOnLeave(id) {
    fetch(path("documents", id, "unclaim"), { method: "POST", keepalive: true, credentials: "same-origin",
                                             headers: csrfHeader() }).catch(() => {});
  }
}
