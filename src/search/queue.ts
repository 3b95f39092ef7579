// When the search index is made. A production build starts it as soon as the site data is
// ready, beside the rendering, and waits for it at the end. The dev server starts it after
// the pages, so that a saved report is on screen first, and saves in quick succession queue
// one indexing of the newest data rather than one each. One indexing runs at a time.
import type { SiteData } from "../site/views.ts";

export type Indexer = (site: SiteData) => Promise<void>;

export class SearchQueue {
  private running: Promise<void> = Promise.resolve();
  private queued: SiteData | undefined;
  private readonly index: Indexer;

  constructor(index: Indexer) {
    this.index = index;
  }

  /** Indexes `site` once the indexing under way is done; a later call replaces a queued site. */
  start(site: SiteData): void {
    const waiting = this.queued !== undefined;
    this.queued = site;
    if (waiting) return;
    this.running = this.running
      .catch(() => undefined)
      .then(() => {
        const newest = this.queued!;
        this.queued = undefined;
        return this.index(newest);
      });
    // a failure is reported by whoever waits for it (finished), not as an unhandled rejection
    this.running.catch(() => undefined);
  }

  /** Settles when the last indexing started is done; rejects if it failed. */
  finished(): Promise<void> {
    return this.running;
  }
}
