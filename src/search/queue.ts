// When the search index is made. A production build starts it as soon as the site data is
// ready, beside the rendering, and waits for it at the end. The dev server starts it once no
// rebuild has run for a moment (`quiet`), so that indexing does not compete with the next
// rebuild for the CPU; the newest data is indexed, once. One indexing runs at a time.
import type { SiteData } from "../site/views.ts";

export type Indexer = (site: SiteData) => Promise<void>;

export class SearchQueue {
  private running: Promise<void> = Promise.resolve();
  private queued: SiteData | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly index: Indexer;
  private readonly quiet: number;

  /** `quiet`: milliseconds without a newer start before indexing begins */
  constructor(index: Indexer, quiet = 0) {
    this.index = index;
    this.quiet = quiet;
  }

  /** Indexes `site` after the indexing under way, unless a newer site comes first. */
  start(site: SiteData): void {
    this.queued = site;
    if (this.quiet === 0) return this.run();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.quiet);
  }

  /** A rebuild has begun: an indexing not yet started waits until the rebuild is done. */
  hold(): void {
    clearTimeout(this.timer);
  }

  private run(): void {
    this.running = this.running
      .catch(() => undefined)
      .then(() => {
        const newest = this.queued;
        this.queued = undefined;
        return newest && this.index(newest);
      });
    // a failure is reported by whoever waits for it (finished), not as an unhandled rejection
    this.running.catch(() => undefined);
  }

  /** Settles when the last indexing started is done; rejects if it failed. */
  finished(): Promise<void> {
    return this.running;
  }
}
