import type { HttpMetadata } from '../schemas/index.js';
import { decodeHtml } from './decode.js';
import { readCapped } from './read-capped.js';
import { DEFAULT_MAX_BYTES } from './parse-html.js';
import { PageReadError } from '../net/read-error.js';
import { snapshotFromHtml } from './snapshot.js';
import type { PageSnapshotInput } from '../schemas/index.js';

export interface FetchPageOptions {
  /** Whole request (headers and body) must finish within this many ms. */
  timeoutMs?: number;
  /** Bytes read at most; the download stops there and the page is flagged truncated. */
  maxBytes?: number;
  userAgent?: string;
}

export interface FetchedPage {
  /** Final URL after redirects. */
  url: string;
  html: string;
  http: HttpMetadata;
  fetchedAt: string;
  /** Reasons the input was cut (empty when the whole body was read). */
  truncatedInput: string[];
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Fetches one HTML page with a timeout and a byte cap (the body is streamed and the download
 * stops at the cap). Records HTTP status, content-type and last-modified. Refuses non-HTML
 * content-types and HTTP errors with a PageReadError.
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PageReadError('invalid-url', `invalid URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new PageReadError('invalid-url', `only http(s) URLs can be fetched: ${url}`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const fetchedAt = new Date().toISOString();
    const response = await fetch(parsed, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { 'user-agent': options.userAgent ?? 'proactiva-audit', accept: 'text/html,application/xhtml+xml' },
    });
    return await readPage(response, parsed.href, fetchedAt, maxBytes);
  } catch (error) {
    if (error instanceof PageReadError) throw error;
    if (controller.signal.aborted) throw new PageReadError('timeout', `timed out after ${timeoutMs} ms`);
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new PageReadError('network', `${error instanceof Error ? error.message : String(error)}${cause}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Turns a fetched response into a FetchedPage: refuses HTTP errors and non-HTML types with a
 * PageReadError, reads the body up to `maxBytes` and records the HTTP metadata. Shared by the CLI
 * fetch and the campaign crawler (which follows redirects itself).
 */
export async function readPage(response: Response, requestedUrl: string, fetchedAt: string, maxBytes: number): Promise<FetchedPage> {
  const contentType = response.headers.get('content-type') ?? undefined;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new PageReadError('http-status', `HTTP ${response.status} ${response.statusText}`.trim());
  }
  if (contentType && !HTML_TYPES.test(contentType.trim())) {
    await response.body?.cancel().catch(() => undefined);
    throw new PageReadError('content-type', `not an HTML page (content-type: ${contentType})`, contentType);
  }
  const { bytes, total, cut } = await readCapped(response, maxBytes);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return {
    url: response.url || requestedUrl,
    html: decodeHtml(bytes, contentType),
    fetchedAt,
    http: {
      status: response.status,
      ...(contentType ? { contentType } : {}),
      ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
      headers,
      bytes: total,
    },
    truncatedInput: cut ? [`bytes: download stopped at ${maxBytes}`] : [],
  };
}

/** URL → PageSnapshot with the HTTP metadata; the byte cap was applied while streaming. */
export async function snapshotFromUrl(url: string, options: FetchPageOptions = {}): Promise<PageSnapshotInput> {
  return snapshotFromPage(await fetchPage(url, options));
}

/** A fetched page → PageSnapshot (the body was already cut at the byte cap). */
export function snapshotFromPage(page: FetchedPage): PageSnapshotInput {
  const snapshot = snapshotFromHtml(page.html, { url: page.url, fetchedAt: page.fetchedAt, http: page.http, maxBytes: Number.MAX_SAFE_INTEGER });
  snapshot.truncatedInput = [...page.truncatedInput];
  return snapshot;
}
