// Field saves (PUT /api/documents/{id}/fields/{name}) sent one after another in the order they were
// made, each with the version the previous answer returned, while the screen has already moved on.
import { put, path } from "../api.js";

export class SaveQueue {
  constructor(documentId, version) {
    this.documentId = documentId;
    this.version = version;
    this.tail = Promise.resolve();
    this.pending = 0;
  }

  /**
   * Queues a save; resolves to the answer ({field, version, documentStatus, released}) and
   * rejects with the ApiError. After a failure the following saves still run with the last version.
   */
  save(name, body) {
    this.pending++;
    const run = this.tail.then(async () => {
      try {
        const answer = await put(path("documents", this.documentId, "fields", name), { ...body, version: this.version });
        this.version = answer.version;
        return answer;
      } finally {
        this.pending--;
      }
    });
    this.tail = run.catch(() => {});
    return run;
  }

  /** Resolves once every queued save has been answered. */
  idle() {
    return this.tail;
  }
}
