import type { HttpMetadata, LinkedResource, PageSnapshotInput } from '../schemas/index.js';
import { DEFAULT_MAX_BYTES, parseHtml } from './parse-html.js';

export interface HtmlSnapshotOptions {
  url: string;
  fetchedAt?: string;
  http?: Partial<HttpMetadata>;
  resources?: LinkedResource[];
  maxBytes?: number;
}

/** Builds a PageSnapshot from HTML text (a file, a fetched page, a fixture). */
export function snapshotFromHtml(html: string, options: HtmlSnapshotOptions): PageSnapshotInput {
  const parsed = parseHtml(html, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return {
    url: options.url,
    fetchedAt: options.fetchedAt ?? new Date().toISOString(),
    document: parsed.document,
    http: { headers: {}, bytes: parsed.bytes, ...options.http },
    resources: options.resources ?? [],
    truncatedInput: parsed.truncatedInput,
  };
}
