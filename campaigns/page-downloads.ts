import { downloadLinks } from '../core/net/head-check.js';
import { checkDownloads, downloadTimeoutMs, maxDownloads } from '../core/net/page-downloads.js';
import { mapLimit } from '../core/net/pool.js';
import type { LinkedResource, PageSnapshotInput } from '../core/schemas/index.js';
import type { Campaign } from './campaigns.js';
import { MAX_DOWNLOAD_RETRY_WAIT_MS, politeDownloadFetch } from './download-fetch.js';
import { MAX_HOST_WAIT_MS, type Fetched, type PoliteContext } from './polite-fetch.js';
import type { RobotsCache } from './robots.js';

/**
 * Time a page's downloads may take in all; files not started by then are left unchecked, so a
 * page job ends well within pg-boss's expiry (15 min) whatever the hosts' Crawl-delay.
 */
export const DOWNLOADS_BUDGET_MS = 4 * 60_000;
/** Files read or HEADed at once for one page (the CLI's); the host slots still allow one per host. */
const CONCURRENCY = 4;
/** URLs named per reason in the report's truncation notes. */
const NAMED = 10;

/** What a worker's page visit already has: the campaign, robots.txt per origin, the host slots (null: politeness off). */
export interface DownloadDeps {
  campaign: Campaign;
  robots: RobotsCache;
  slots: PoliteContext['slots'];
}

/**
 * The campaign's `--head` / `--inspect-downloads` for one fetched page, inside its job and before
 * anything is stored: the page's download links (the CLI's count cap) are HEADed or read by the
 * core's readers (`checkDownloads`, the CLI's per-request timeout and byte caps), every request
 * through the same host slots, interval, User-Agent, robots.txt, Retry-After and retries as page
 * requests, on whatever host the file lives. A file robots.txt disallows is not requested: it stays
 * unchecked and the report's truncation names it. Fills `snapshot.resources`; never throws for a file.
 */
export async function checkPageDownloads(snapshot: PageSnapshotInput, deps: DownloadDeps): Promise<void> {
  const { audit, politeness } = deps.campaign.options;
  if (!audit.head && !audit.inspectDownloads) return;
  const inspect = audit.inspectDownloads;
  const requestMs = downloadTimeoutMs(audit.timeoutMs);
  const base: PoliteContext = {
    slots: politeness.enabled ? deps.slots : null,
    userAgent: politeness.userAgent,
    intervalMs: politeness.enabled ? politeness.intervalMs : 0,
    timeoutMs: requestMs,
    maxRedirects: politeness.maxRedirects,
    // robots.txt of a download's host may redirect on that host only.
    sameSite: () => false,
  };
  const rulesFor = (url: URL) => deps.robots.rules(url.origin, { ...base, sameSite: (next) => next.host === url.host });
  // Downloads may live on any host (and redirect anywhere); robots.txt of each hop's origin decides.
  const admit = async (url: URL): Promise<Fetched<unknown>> => {
    if (!politeness.enabled) return { ok: true, value: null, url: url.href };
    const rules = await rulesFor(url);
    if (!rules.ok) return { ...rules, reason: `robots.txt: ${rules.reason}` };
    return rules.value.allowed(url.href) ? { ok: true, value: null, url: url.href } : { ok: false, retry: false, reason: `robots.txt lo prohíbe: ${url.href}` };
  };
  const fetch = politeDownloadFetch({ ...base, sameSite: () => true, admit }, politeness.maxAttempts);
  // The readers' own timeout is only a guard: the request timeout (requestMs) runs in politeGet
  // once the host's slot is held, so waiting for the slot or a Retry-After does not count.
  const guardMs = MAX_HOST_WAIT_MS + politeness.maxAttempts * (requestMs + MAX_DOWNLOAD_RETRY_WAIT_MS);

  const deadline = Date.now() + DOWNLOADS_BUDGET_MS;
  const notes = { disallowed: [] as string[], noRobots: [] as string[], late: [] as string[] };
  const urls = downloadLinks(snapshot.document, snapshot.url, maxDownloads(inspect));
  // A file left out has no HEAD metadata: it counts as unchecked, not as broken.
  const leftOut = (list: string[], url: string): LinkedResource => {
    list.push(url);
    return { url };
  };
  snapshot.resources = await mapLimit(urls, CONCURRENCY, async (url): Promise<LinkedResource> => {
    if (Date.now() > deadline) return leftOut(notes.late, url);
    const admitted = await admit(new URL(url));
    if (!admitted.ok) return leftOut(admitted.retry ? notes.noRobots : notes.disallowed, url);
    const [resource] = await checkDownloads([url], { inspect, timeoutMs: guardMs, concurrency: 1, request: { fetch } });
    return resource!;
  });
  const named = (list: string[]) => `${list.slice(0, NAMED).join(', ')}${list.length > NAMED ? `, … (${list.length})` : ''}`;
  const what = inspect ? 'read' : 'checked';
  snapshot.truncatedInput = [
    ...(snapshot.truncatedInput ?? []),
    ...(notes.disallowed.length ? [`downloads: not ${what}, robots.txt disallows them: ${named(notes.disallowed)}`] : []),
    ...(notes.noRobots.length ? [`downloads: not ${what}, their robots.txt could not be read: ${named(notes.noRobots)}`] : []),
    ...(notes.late.length ? [`downloads: not ${what}, over the page's ${DOWNLOADS_BUDGET_MS / 1000} s for downloads: ${named(notes.late)}`] : []),
  ];
}
