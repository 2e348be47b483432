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

async function headOne(url: string, timeoutMs: number): Promise<ResourceHead> {
  const attempt = async (method: 'HEAD' | 'GET'): Promise<Response> =>
    fetch(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: method === 'GET' ? { range: 'bytes=0-0', 'user-agent': 'proactiva-audit' } : { 'user-agent': 'proactiva-audit' },
    });
  try {
    let response = await attempt('HEAD');
    if (response.status === 405 || response.status === 501) {
      response = await attempt('GET');
      await response.body?.cancel().catch(() => undefined);
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    const length = sizeOf(response);
    return {
      status: response.status,
      ok: response.ok,
      ...(contentType ? { contentType: contentType.slice(0, 300) } : {}),
      ...(length !== undefined ? { size: length } : {}),
      ...(lastModified ? { lastModified: lastModified.slice(0, 100) } : {}),
    };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { status: 0, ok: false, error: (timedOut ? `timed out after ${timeoutMs} ms` : String((error as Error)?.message ?? error)).slice(0, 500) };
  }
}

/** HEADs the page's downloads (bounded concurrency and timeout) to fill `snapshot.resources`. */
export async function headCheck(doc: DocumentLike, pageUrl: string, options: HeadCheckOptions = {}): Promise<LinkedResource[]> {
  const urls = downloadLinks(doc, pageUrl, options.maxResources ?? 50);
  const timeoutMs = options.timeoutMs ?? 5_000;
  const heads = await mapLimit(urls, options.concurrency ?? 4, (url) => headOne(url, timeoutMs));
  return urls.map((url, i) => ({ url, head: heads[i]! }));
}
