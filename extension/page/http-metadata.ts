import type { HttpMetadata } from '../../core/index.js';

/**
 * What the content script can tell about the page's HTTP response without fetching it again:
 * the navigation timing entry (status, size, content type) and the document's own properties.
 * `document.lastModified` is the Last-Modified header when there is one and "now" otherwise, so
 * it is only kept when it is clearly older than the page load.
 */
export function httpMetadata(doc: Document, now: number): HttpMetadata {
  const nav = (typeof performance !== 'undefined' ? performance.getEntriesByType('navigation')[0] : undefined) as
    | (PerformanceNavigationTiming & { responseStatus?: number; contentType?: string })
    | undefined;
  const headers: Record<string, string> = {};
  const contentType = nav?.contentType || doc.contentType || undefined;
  if (contentType) headers['content-type'] = doc.characterSet ? `${contentType}; charset=${doc.characterSet.toLowerCase()}` : contentType;
  const modified = Date.parse(doc.lastModified);
  const lastModified = Number.isFinite(modified) && now - modified > 60_000 ? new Date(modified).toUTCString() : undefined;
  if (lastModified) headers['last-modified'] = lastModified;
  const bytes = nav && nav.decodedBodySize > 0 ? nav.decodedBodySize : undefined;
  return {
    ...(nav?.responseStatus ? { status: nav.responseStatus } : {}),
    ...(headers['content-type'] ? { contentType: headers['content-type'] } : {}),
    ...(lastModified ? { lastModified } : {}),
    headers,
    ...(bytes !== undefined ? { bytes } : {}),
  };
}
