// Decoded images kept in memory by URL, so showing a prefetched crop or page is a DOM move,
// not a network request (API answers are sent with no-store, so the HTTP cache does not help).
const MAX_ENTRIES = 400;

export class ImageCache {
  constructor() {
    this.entries = new Map(); // url -> {img, ready: Promise<HTMLImageElement>, loaded: bool}
  }

  /** Starts loading (once) and resolves to the decoded image element. */
  load(url) {
    let entry = this.entries.get(url);
    if (!entry) {
      const img = new Image();
      img.decoding = "async";
      img.src = url;
      entry = { img, loaded: false, ready: null };
      entry.ready = img.decode().then(() => { entry.loaded = true; return img; },
                                      () => { this.entries.delete(url); return null; });
      this.entries.set(url, entry);
      this.trim();
    }
    return entry.ready;
  }

  /** The decoded image when it is already here, else null. */
  peek(url) {
    const entry = this.entries.get(url);
    return entry && entry.loaded ? entry.img : null;
  }

  /** Loads the URLs one after another (the first ones are needed first). */
  async prefetch(urls) {
    for (const url of urls) {
      if (url) await this.load(url);
    }
  }

  trim() {
    while (this.entries.size > MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value);
    }
  }
}
