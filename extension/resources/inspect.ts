import type { LinkedResource } from '../../core/index.js';
import { inspectUrls } from '../../core/net/resources/inspect-downloads.js';
import type { FetchLike } from '../../core/net/head-check.js';
import type { HeadChecks } from '../settings/settings.js';
import { EXTENSION_REQUEST } from './head-check.js';

/**
 * Reads the downloads (already filtered to hosts the extension may reach) with the HEAD checks'
 * politeness: the same concurrency, count and per-request timeout; each file is cut at the
 * core's inspection cap (10 MB, 100,000 rows, 30 PDF pages) and read within twice the timeout.
 */
export function inspectDownloads(urls: readonly string[], options: HeadChecks, fetchImpl: FetchLike = fetch): Promise<LinkedResource[]> {
  return inspectUrls(urls, {
    concurrency: options.concurrency,
    maxResources: options.maxResources,
    limits: { timeoutMs: options.timeoutMs, maxMs: options.timeoutMs * 2 },
    request: { init: EXTENSION_REQUEST, fetch: fetchImpl },
  });
}
