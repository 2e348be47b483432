import type { LinkedResource } from '../schemas/index.js';
import { headUrls, type FetchLike } from './head-check.js';
// The resource readers (csv-parse, chardet, PDF.js, SheetJS…) load only when a download is read.
const inspection = () => import('./resources/inspect-downloads.js');

/** Per-request timeout of a page's download checks: the page's own, at most 10 s. */
export const downloadTimeoutMs = (pageTimeoutMs: number): number => Math.min(pageTimeoutMs, 10_000);

/** Downloads checked at most per page: 50 HEADs, or 30 files read (reading costs more). */
export const maxDownloads = (inspect: boolean): number => (inspect ? 30 : 50);

export interface DownloadCheckOptions {
  /** Read each file with the resource readers (`--inspect-downloads`), else HEAD it (`--head`). */
  inspect: boolean;
  /** Per request (each HEAD, or each file's download). */
  timeoutMs: number;
  concurrency?: number;
  /** The caller's edge: its user agent, or a fetch of its own (a polite crawler's). */
  request?: { headers?: Record<string, string>; fetch?: FetchLike };
}

/**
 * `--head` and `--inspect-downloads` of a page's download links: the CLI and the campaign worker
 * share it, so both use the same readers, caps and findings. Never throws: a file that cannot be
 * reached is a resource with its status or error.
 */
export async function checkDownloads(urls: readonly string[], options: DownloadCheckOptions): Promise<LinkedResource[]> {
  const concurrency = options.concurrency ?? 4;
  const request = options.request ?? {};
  if (options.inspect) {
    return (await inspection()).inspectUrls(urls, { concurrency, maxResources: urls.length, limits: { timeoutMs: options.timeoutMs }, request });
  }
  return headUrls(urls, concurrency, { timeoutMs: options.timeoutMs, init: request.headers ? { headers: request.headers } : {}, ...(request.fetch ? { fetch: request.fetch } : {}) });
}
