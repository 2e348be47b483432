import type { HttpMetadata } from '../../core/index.js';
import { decodeHtml } from '../../core/node/decode.js';
import { readCapped } from '../../core/node/read-capped.js';

/** Why a page could not be fetched, in words the batch table shows. */
export class FetchHtmlError extends Error {
  override readonly name = 'FetchHtmlError';
}

export interface FetchedHtml {
  url: string;
  html: string;
  http: HttpMetadata;
  fetchedAt: string;
  truncatedInput: string[];
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
/** Response headers worth keeping in the report (the rest may carry cookies or noise). */
const KEPT_HEADERS = ['content-type', 'content-length', 'last-modified', 'etag', 'cache-control', 'date', 'content-language'];

/**
 * Fetches a page's HTML from an extension context: no cookies (the public's view of the page), a
 * timeout for the whole exchange, the body cut at `maxBytes`. Non-HTML answers and HTTP errors
 * are refused with a FetchHtmlError.
 */
export async function fetchHtml(url: string, options: { timeoutMs: number; maxBytes: number }): Promise<FetchedHtml> {
  const fetchedAt = new Date().toISOString();
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, { credentials: 'omit', redirect: 'follow', signal, headers: { accept: 'text/html,application/xhtml+xml' } });
    const contentType = response.headers.get('content-type') ?? undefined;
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchHtmlError(`HTTP ${response.status}`);
    }
    if (contentType && !HTML_TYPES.test(contentType.trim())) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchHtmlError(`not an HTML page (${contentType.slice(0, 100)})`);
    }
    const { bytes, cut } = await readCapped(response, options.maxBytes);
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = response.headers.get(name);
      if (value) headers[name] = value.slice(0, 500);
    }
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      url: response.url || url,
      html: decodeHtml(bytes, contentType),
      fetchedAt,
      http: { status: response.status, ...(contentType ? { contentType } : {}), ...(lastModified ? { lastModified } : {}), headers, bytes: bytes.byteLength },
      truncatedInput: cut ? [`bytes: download stopped at ${options.maxBytes}`] : [],
    };
  } catch (error) {
    if (error instanceof FetchHtmlError) throw error;
    if (signal.aborted) throw new FetchHtmlError(`timed out after ${options.timeoutMs} ms`);
    throw new FetchHtmlError(`network error (${error instanceof Error ? error.message : String(error)})`.slice(0, 300));
  }
}
