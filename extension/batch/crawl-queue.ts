/** A page waiting in (or taken from) a batch queue, with its crawl depth (0 = seed or listed URL). */
export interface QueueItem {
  url: string;
  depth: number;
}

export interface QueueLimits {
  maxPages: number;
  maxDepth: number;
}

export interface RejectedUrl {
  input: string;
  reason: 'invalid' | 'not-http' | 'duplicate' | 'limit';
}

/** Files, not pages: a crawl never queues them (their HEAD is the page audit's business). */
const FILE_EXT =
  /\.(csv|tsv|json|geojson|jsonld|xml|rdf|ttl|n3|nt|kml|kmz|gml|ods|odt|odp|xls|xlsx|xlsm|mdb|dbf|shp|zip|rar|7z|gz|tar|pdf|doc|docx|txt|ppt|pptx|ics|rss|atom|png|jpe?g|gif|svg|webp|tif|tiff|mp3|mp4|avi|mov|webm|css|js|woff2?|ttf|eot|ico|exe|dmg|apk)$/i;

/** The canonical form a page is queued under: http(s) only, no fragment, default port dropped. */
export function normalizePageUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(input.trim()) : new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  return url.href;
}

export const isPageUrl = (url: string): boolean => {
  try {
    return !FILE_EXT.test(new URL(url).pathname);
  } catch {
    return false;
  }
};

/**
 * The queue of a batch run. A list batch takes the URLs as given (deduplicated, capped); a crawl
 * starts from one page and follows links on the same origin, breadth first, to `maxDepth` and at
 * most `maxPages` pages in all. Pure: the runner feeds it the links it finds.
 */
export class CrawlQueue {
  private readonly pending: QueueItem[] = [];
  private readonly seen = new Set<string>();
  private accepted = 0;

  private constructor(
    private readonly limits: QueueLimits,
    /** Origin a crawl stays on; null for a list (no link following). */
    private readonly origin: string | null,
  ) {}

  static fromList(inputs: readonly string[], limits: QueueLimits): { queue: CrawlQueue; rejected: RejectedUrl[] } {
    const queue = new CrawlQueue(limits, null);
    const rejected: RejectedUrl[] = [];
    for (const raw of inputs) {
      const input = raw.trim();
      if (!input) continue;
      let parsed: URL | null = null;
      try {
        parsed = new URL(input);
      } catch {
        rejected.push({ input, reason: 'invalid' });
        continue;
      }
      const url = normalizePageUrl(parsed.href);
      if (!url) {
        rejected.push({ input, reason: 'not-http' });
        continue;
      }
      if (queue.seen.has(url)) {
        rejected.push({ input, reason: 'duplicate' });
        continue;
      }
      if (!queue.push(url, 0)) rejected.push({ input, reason: 'limit' });
    }
    return { queue, rejected };
  }

  static fromSeed(seed: string, limits: QueueLimits): CrawlQueue {
    const url = normalizePageUrl(seed);
    if (!url) throw new Error(`not an http(s) URL: ${seed}`);
    const queue = new CrawlQueue(limits, new URL(url).origin);
    queue.push(url, 0);
    return queue;
  }

  /** The next page to audit, in the order pages were found (breadth first). */
  next(): QueueItem | undefined {
    return this.pending.shift();
  }

  /**
   * Queues the links found on `from` (already absolute or relative to it) that stay on the crawl's
   * origin, are pages, are new, and fit the depth and page limits. Returns how many were queued.
   */
  discover(from: QueueItem, links: readonly string[]): number {
    if (this.origin === null || from.depth + 1 > this.limits.maxDepth) return 0;
    let added = 0;
    for (const link of links) {
      if (this.accepted >= this.limits.maxPages) break;
      const url = normalizePageUrl(link, from.url);
      if (!url || !isPageUrl(url) || new URL(url).origin !== this.origin || this.seen.has(url)) continue;
      if (this.push(url, from.depth + 1)) added++;
    }
    return added;
  }

  /** Pages accepted so far (audited, in flight or waiting). */
  get total(): number {
    return this.accepted;
  }

  get waiting(): number {
    return this.pending.length;
  }

  get isCrawl(): boolean {
    return this.origin !== null;
  }

  private push(url: string, depth: number): boolean {
    if (this.accepted >= this.limits.maxPages) return false;
    this.seen.add(url);
    this.pending.push({ url, depth });
    this.accepted++;
    return true;
  }
}

/** Every link of a parsed page, as written (the queue resolves and filters them). */
export function pageLinks(doc: Document, limit = 2_000): string[] {
  const links: string[] = [];
  for (const anchor of Array.from(doc.querySelectorAll('a[href], area[href]'))) {
    if (links.length >= limit) break;
    const rel = (anchor.getAttribute('rel') ?? '').toLowerCase();
    if (/\bnofollow\b/.test(rel) || anchor.hasAttribute('download')) continue;
    const href = anchor.getAttribute('href');
    if (href && !href.startsWith('#')) links.push(href);
  }
  return links;
}
