import robotsParser from 'robots-parser';
import { readCapped } from '../core/node/read-capped.js';
import { setHostGap } from './host-slot.js';
import { politeGet, type Fetched, type PoliteContext } from './polite-fetch.js';

export interface SiteRules {
  allowed(url: string): boolean;
  /** robots.txt Crawl-delay for our agent, in ms (0 when none). */
  crawlDelayMs: number;
  sitemaps: string[];
}

const ROBOTS_MAX_BYTES = 512 * 1024;
/** A Crawl-delay above this is taken as this (a page a minute is still polite). */
const MAX_CRAWL_DELAY_MS = 60_000;

/** Reads a text body up to a cap while the host slot is held; a 4xx answer reads as empty. */
export async function readText(response: Response, maxBytes: number): Promise<string> {
  if (response.status >= 400) {
    await response.body?.cancel().catch(() => undefined);
    return '';
  }
  const { bytes } = await readCapped(response, maxBytes);
  return new TextDecoder().decode(bytes);
}

/**
 * robots.txt per origin, fetched once per worker process with the same manners as pages. A
 * missing robots.txt (4xx) allows everything; a 5xx or network error is retryable, so the page
 * that needed it waits rather than being crawled without knowing the rules.
 */
export class RobotsCache {
  /** One fetch per origin per process, shared by the pages that need it at the same time. */
  private readonly cache = new Map<string, Promise<Fetched<SiteRules>>>();

  constructor(private readonly agent: string) {}

  rules(origin: string, context: PoliteContext): Promise<Fetched<SiteRules>> {
    let pending = this.cache.get(origin);
    if (!pending) {
      pending = this.fetchRules(origin, context);
      this.cache.set(origin, pending);
      // A failure is not kept: the next page of the origin tries again.
      void pending.then((r) => (r.ok ? undefined : this.cache.delete(origin)), () => this.cache.delete(origin));
    }
    return pending;
  }

  private async fetchRules(origin: string, context: PoliteContext): Promise<Fetched<SiteRules>> {
    const robotsUrl = `${origin}/robots.txt`;
    // The Crawl-delay is recorded on the host's slot before the slot is let go, so no worker (of
    // this process or another) starts the next request sooner.
    return politeGet(robotsUrl, context, 'text/plain', async (response, url) => {
      const rules = this.parse(robotsUrl, await readText(response, ROBOTS_MAX_BYTES));
      if (context.slots && rules.crawlDelayMs > 0) await setHostGap(context.slots, new URL(url).host, rules.crawlDelayMs);
      return rules;
    });
  }

  private parse(robotsUrl: string, text: string): SiteRules {
    const robot = robotsParser(robotsUrl, text);
    const delay = robot.getCrawlDelay(this.agent);
    return {
      allowed: (url) => robot.isAllowed(url, this.agent) !== false,
      crawlDelayMs: delay === undefined || !Number.isFinite(delay) ? 0 : Math.min(MAX_CRAWL_DELAY_MS, Math.max(0, delay * 1000)),
      sitemaps: robot.getSitemaps(),
    };
  }
}
