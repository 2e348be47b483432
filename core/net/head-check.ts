import type { DocumentLike, LinkedResource, ResourceHead } from '../schemas/index.js';
import { mapLimit } from './pool.js';

export interface HeadCheckOptions {
  concurrency?: number;
  timeoutMs?: number;
  /** Downloads checked at most per page. */
  maxResources?: number;
}

/** Extensions of downloadable documents and data (design §2 openness table). */
const DOWNLOAD_EXT =
  /\.(csv|tsv|json|geojson|jsonld|xml|rdf|ttl|n3|nt|kml|kmz|gml|ods|odt|xls|xlsx|xlsm|mdb|dbf|shp|zip|rar|7z|gz|pdf|doc|docx|txt|ppt|pptx|ics|rss|atom|png|jpe?g|gif|tif|tiff)$/i;

/** The page's download links (absolute http(s) URLs, deduplicated, in document order). */
export function downloadLinks(doc: DocumentLike, pageUrl: string, max = 50): string[] {
  const found = new Set<string>();
  for (const anchor of Array.from(doc.querySelectorAll('a[href]'))) {
    if (found.size >= max) break;
    const href = anchor.getAttribute('href') ?? '';
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (!anchor.hasAttribute('download') && !DOWNLOAD_EXT.test(url.pathname)) continue;
    url.hash = '';
    found.add(url.href);
  }
  return [...found];
}

/** Size from Content-Length, or the total of a ranged reply's Content-Range ("bytes 0-0/12345"). */
function sizeOf(response: Response): number | undefined {
  const range = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '');
  const raw = response.status === 206 ? range?.[1] : response.headers.get('content-length');
  const size = raw === null || raw === undefined ? NaN : Number(raw);
  return Number.isSafeInteger(size) && size >= 0 ? size : undefined;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HeadOneOptions {
  timeoutMs: number;
  /** Extra request settings of the caller's edge (headers, credentials, cache). */
  init?: RequestInit;
  fetch?: FetchLike;
}

/**
 * One HEAD (a one-byte ranged GET when the server refuses HEAD), bounded in time. Uses only
 * fetch, so the CLI and the extension share it. Never throws: a failure is a ResourceHead with
 * status 0 and the reason.
 */
export async function headOne(url: string, { timeoutMs, init = {}, fetch: fetchImpl = fetch }: HeadOneOptions): Promise<ResourceHead> {
  const headers = { ...(init.headers as Record<string, string> | undefined) };
  const attempt = (method: 'HEAD' | 'GET'): Promise<Response> =>
    fetchImpl(url, {
      ...init,
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: method === 'GET' ? { ...headers, range: 'bytes=0-0' } : headers,
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
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { status: 0, ok: false, error: (timedOut ? `timed out after ${timeoutMs} ms` : String((error as Error)?.message ?? error)).slice(0, 500) };
  }
}

const CLI_REQUEST: RequestInit = { headers: { 'user-agent': 'proactiva-audit' } };

/** HEADs each URL (at most `concurrency` at a time), each with its own timeout. */
export async function headUrls(urls: readonly string[], concurrency: number, options: HeadOneOptions): Promise<LinkedResource[]> {
  const heads = await mapLimit(urls, concurrency, (url) => headOne(url, options));
  return urls.map((url, i) => ({ url, head: heads[i]! }));
}

/** HEADs the page's downloads (bounded concurrency and timeout) to fill `snapshot.resources`. */
export function headCheck(doc: DocumentLike, pageUrl: string, options: HeadCheckOptions = {}): Promise<LinkedResource[]> {
  return headUrls(downloadLinks(doc, pageUrl, options.maxResources ?? 50), options.concurrency ?? 4, { timeoutMs: options.timeoutMs ?? 5_000, init: CLI_REQUEST });
}
