import { readCatalogue, CatalogueFormatError } from '../catalogue/read.js';
import { scoreCatalogue } from '../catalogue/score.js';
import type { CatalogueReport } from '../catalogue/schema.js';
import { parseHtml } from './parse-html.js';
import { PageReadError } from '../net/read-error.js';
import { detectEncoding } from '../net/resources/encoding.js';
import { readAll } from '../net/resources/source.js';
import { openResource } from './resources/open-resource.js';

export interface CatalogueInputOptions {
  maxBytes: number;
  timeoutMs: number;
  baseUrl?: string;
  maxDatasets?: number;
}

/** The JSON-LD scripts of an HTML page (a dataset page's embedded metadata), parsed; broken ones skipped. */
function embeddedJsonLd(html: string): unknown[] {
  const { document } = parseHtml(html);
  return Array.from(document.querySelectorAll('script[type="application/ld+json" i]')).flatMap((script) => {
    try {
      return [JSON.parse(script.textContent ?? '') as unknown];
    } catch {
      return [];
    }
  });
}

/** Reads a catalogue (file or URL: JSON, or an HTML page with JSON-LD) within the caps and scores it. */
export async function auditCatalogueInput(input: string, options: CatalogueInputOptions): Promise<CatalogueReport> {
  const source = await openResource(input, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  let bytes: Uint8Array;
  try {
    bytes = await readAll(source.chunks);
  } finally {
    await source.close();
  }
  if (source.progress.cut) throw new PageReadError('io', `catalogue larger than the ${options.maxBytes}-byte cap (--max-bytes)`);
  const text = new TextDecoder(detectEncoding(bytes.subarray(0, 65_536)).label).decode(bytes).replace(/^\uFEFF/, '');
  const looksHtml = /^\s*</.test(text);
  try {
    const read = looksHtml ? readCatalogue(embeddedJsonLd(text), true) : readCatalogue(JSON.parse(text));
    return scoreCatalogue(source.url, read.format, read.datasets, options.maxDatasets ? { maxDatasets: options.maxDatasets } : {});
  } catch (error) {
    if (error instanceof CatalogueFormatError || error instanceof SyntaxError) throw new PageReadError('io', error.message);
    throw error;
  }
}
