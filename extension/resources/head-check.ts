import type { LinkedResource, ResourceHead } from '../../core/index.js';
import { headOne as headOneWith, type FetchLike } from '../../core/net/head-check.js';
import { mapLimit } from '../../core/net/pool.js';
import type { HeadChecks } from '../settings/settings.js';

type Fetch = FetchLike;

/** Reads downloads («Inspeccionar descargas»); where it runs depends on the context (see lazy-inspect.ts). */
export type Inspector = (urls: readonly string[], options: HeadChecks) => Promise<LinkedResource[]>;

/** What the extension's requests carry: no cookies (the public's view), never the cache. */
export const EXTENSION_REQUEST: RequestInit = { credentials: 'omit', cache: 'no-store' };

/** One HEAD from the extension: without cookies, never from the cache (core's headOne). */
export function headOne(url: string, timeoutMs: number, fetchImpl: Fetch = fetch): Promise<ResourceHead> {
  return headOneWith(url, { timeoutMs, fetch: fetchImpl, init: EXTENSION_REQUEST });
}

/**
 * HEADs the URLs the extension may reach (`canReach`), at most `concurrency` at a time, or reads
 * them with `inspect` when `options.inspect` is on («Inspeccionar descargas»). URLs on hosts it may not reach are
 * skipped, not reported broken: no permission is not a broken link.
 */
export async function headCheck(
  urls: readonly string[],
  options: HeadChecks,
  canReach: (url: string) => Promise<boolean>,
  inspect: Inspector | null,
  fetchImpl: Fetch = fetch,
): Promise<{ resources: LinkedResource[]; skipped: number; unreachableOrigins: string[] }> {
  const limited = urls.slice(0, options.maxResources);
  const reachable: string[] = [];
  const unreachable = new Set<string>();
  for (const url of limited) {
    if (await canReach(url)) reachable.push(url);
    else unreachable.add(new URL(url).origin);
  }
  const resources = options.inspect && inspect
    ? await inspect(reachable, options)
    : (await mapLimit(reachable, options.concurrency, (url) => headOne(url, options.timeoutMs, fetchImpl))).map((head, i) => ({ url: reachable[i]!, head }));
  return {
    resources,
    skipped: urls.length - reachable.length,
    unreachableOrigins: [...unreachable].slice(0, 20),
  };
}
