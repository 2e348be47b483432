import type { LinkedResource, ResourceHead } from '../../core/index.js';
import { mapLimit } from '../../core/node/pool.js';
import type { HeadChecks } from '../settings/settings.js';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Size from Content-Length, or the total of a ranged reply ("bytes 0-0/12345"). */
function sizeOf(response: Response): number | undefined {
  const range = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '');
  const raw = response.status === 206 ? range?.[1] : response.headers.get('content-length');
  const size = raw === null || raw === undefined ? NaN : Number(raw);
  return Number.isSafeInteger(size) && size >= 0 ? size : undefined;
}

/** One HEAD (a one-byte ranged GET when the server refuses HEAD), without cookies, bounded in time. */
export async function headOne(url: string, timeoutMs: number, fetchImpl: Fetch = fetch): Promise<ResourceHead> {
  const attempt = (method: 'HEAD' | 'GET') =>
    fetchImpl(url, {
      method,
      redirect: 'follow',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
      ...(method === 'GET' ? { headers: { range: 'bytes=0-0' } } : {}),
    });
  try {
    let response = await attempt('HEAD');
    if (response.status === 405 || response.status === 501) {
      response = await attempt('GET');
      await response.body?.cancel().catch(() => undefined);
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    const size = sizeOf(response);
    return {
      status: response.status,
      ok: response.ok,
      ...(contentType ? { contentType: contentType.slice(0, 300) } : {}),
      ...(size !== undefined ? { size } : {}),
      ...(lastModified ? { lastModified: lastModified.slice(0, 100) } : {}),
    };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = name === 'TimeoutError' || name === 'AbortError' ? `timed out after ${timeoutMs} ms` : String(error instanceof Error ? error.message : error);
    return { status: 0, ok: false, error: message.slice(0, 500) };
  }
}

/**
 * HEADs the URLs the extension may reach (`canReach`), at most `concurrency` at a time. URLs on
 * hosts it may not reach are skipped, not reported broken: no permission is not a broken link.
 */
export async function headCheck(
  urls: readonly string[],
  options: HeadChecks,
  canReach: (url: string) => Promise<boolean>,
  fetchImpl: Fetch = fetch,
): Promise<{ resources: LinkedResource[]; skipped: number; unreachableOrigins: string[] }> {
  const limited = urls.slice(0, options.maxResources);
  const reachable: string[] = [];
  const unreachable = new Set<string>();
  for (const url of limited) {
    if (await canReach(url)) reachable.push(url);
    else unreachable.add(new URL(url).origin);
  }
  const heads = await mapLimit(reachable, options.concurrency, (url) => headOne(url, options.timeoutMs, fetchImpl));
  return {
    resources: reachable.map((url, i) => ({ url, head: heads[i]! })),
    skipped: urls.length - reachable.length,
    unreachableOrigins: [...unreachable].slice(0, 20),
  };
}
