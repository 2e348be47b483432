import { parseHTML } from 'linkedom';
import type { DocumentLike } from '../schemas/index.js';

/** Default cap on the bytes parsed; larger inputs are cut and the report is flagged truncated. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ParsedHtml {
  document: DocumentLike;
  truncatedInput: string[];
  bytes: number;
}

/**
 * Parses HTML into a DOM Document on Node (linkedom: tolerant, no script execution, no network).
 * Input over `maxBytes` is cut before parsing so a 20 MB page never stalls the audit.
 */
export function parseHtml(html: string, maxBytes = DEFAULT_MAX_BYTES): ParsedHtml {
  const bytes = Buffer.byteLength(html, 'utf8');
  const truncatedInput: string[] = [];
  let source = html;
  if (bytes > maxBytes) {
    // Characters ≈ bytes for typical HTML; cut by characters, then mark the reason.
    source = html.slice(0, maxBytes);
    truncatedInput.push(`bytes: ${bytes} > ${maxBytes}`);
  }
  // Binary junk: NUL bytes make no sense in HTML and slow the tokenizer down.
  if (source.includes('\u0000')) source = source.replace(/\u0000/g, '\uFFFD');
  const { document } = parseHTML(source.trim() ? source : '<!doctype html><html><head></head><body></body></html>');
  return { document: document as unknown as DocumentLike, truncatedInput, bytes };
}
