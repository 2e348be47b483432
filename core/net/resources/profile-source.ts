import { declaredKind, sniffKind } from '../../resources/sniff.js';
import type { ResourceKind, ResourceProfile } from '../../resources/schema.js';
import { detectEncoding } from './encoding.js';
import { readCsv } from './read-csv.js';
import { readJson, readXml } from './read-structured.js';
import { openUrl, peek, readAll, type OpenOptions, type ResourceSource } from './source.js';

/** Caps on reading one resource, as pages have theirs: bytes, rows sampled, pages and time. */
export interface ResourceLimits {
  maxBytes: number;
  maxRows: number;
  maxPages: number;
  /** Wall-clock time for reading and profiling (the download's own timeout is timeoutMs). */
  maxMs: number;
  timeoutMs: number;
}

export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 1_000_000,
  maxPages: 200,
  maxMs: 30_000,
  timeoutMs: 30_000,
};

const SNIFF_BYTES = 64 * 1024;
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

type Read = Pick<ResourceProfile, 'kind'> & Partial<Pick<ResourceProfile, 'encoding' | 'encodingConfidence' | 'delimiter' | 'table' | 'pdf' | 'structure' | 'parseError'>> & { truncated: string[] };

/** Formats that need the whole file (a ZIP directory, a PDF cross-reference table, a JSON or XML tree). */
async function whole(source: ResourceSource, rest: AsyncIterable<Uint8Array>, limits: ResourceLimits): Promise<Uint8Array | null> {
  const bytes = await readAll(rest);
  return source.progress.cut ? null : bytes.byteLength <= limits.maxBytes ? bytes : null;
}

async function readKind(kind: ResourceKind, source: ResourceSource, head: Uint8Array, rest: AsyncIterable<Uint8Array>, limits: ResourceLimits, deadline: number): Promise<Read> {
  const overCap = `larger than the ${limits.maxBytes}-byte cap: not read whole`;
  if (kind === 'csv' || kind === 'tsv') {
    const csv = await readCsv(head, rest, { maxRows: limits.maxRows, deadline, preferTab: kind === 'tsv' });
    return {
      kind: csv.delimiter === '\t' ? 'tsv' : kind,
      encoding: csv.encoding.name,
      encodingConfidence: csv.encoding.confidence,
      delimiter: csv.delimiter,
      table: csv.table,
      ...(csv.parseError ? { parseError: csv.parseError } : {}),
      truncated: [...(csv.table.rowCapped ? [`rows: stopped at ${limits.maxRows}`] : []), ...(csv.timedOut ? [`time: over ${limits.maxMs} ms`] : [])],
    };
  }
  if (kind === 'html' || kind === 'unknown') return { kind, truncated: [] };
  const bytes = await whole(source, rest, limits);
  if (!bytes) return { kind, parseError: overCap, truncated: [] };
  if (kind === 'xlsx' || kind === 'xls' || kind === 'ods') {
    // PDF.js and SheetJS are large: loaded only when such a file is read, never for a page audit.
    const { readSheet } = await import('./read-sheet.js');
    const sheet = readSheet(bytes, { maxRows: limits.maxRows });
    return { kind, table: sheet.table, structure: `${sheet.sheets} sheet(s); first: ${sheet.sheetName}`.slice(0, 200), truncated: sheet.table.rowCapped ? [`rows: stopped at ${limits.maxRows}`] : [] };
  }
  if (kind === 'pdf') {
    const { readPdf } = await import('./read-pdf.js');
    const { pdf, timedOut } = await readPdf(bytes, { maxPages: limits.maxPages, deadline });
    return {
      kind,
      pdf,
      truncated: [...(pdf.pagesRead < pdf.pages && !timedOut ? [`pages: read ${pdf.pagesRead} of ${pdf.pages}`] : []), ...(timedOut ? [`time: over ${limits.maxMs} ms`] : [])],
    };
  }
  const encoding = detectEncoding(bytes.subarray(0, SNIFF_BYTES));
  const text = new TextDecoder(encoding.label).decode(bytes);
  const read = kind === 'json' ? readJson(text, { maxRows: limits.maxRows }) : readXml(text, { maxRows: limits.maxRows });
  return {
    kind,
    encoding: encoding.name,
    encodingConfidence: encoding.confidence,
    structure: read.structure,
    ...(read.table ? { table: read.table } : {}),
    ...(read.parseError ? { parseError: read.parseError } : {}),
    truncated: read.table?.rowCapped ? [`rows: stopped at ${limits.maxRows}`] : [],
  };
}

/**
 * Finds what an opened resource really is from its first bytes, and profiles it with the format's
 * library within the caps. Read errors of the content become `parseError` (a finding). Closes the
 * source whatever happens.
 */
export async function profileSource(source: ResourceSource, limits: ResourceLimits, deadline: number): Promise<{ profile: ResourceProfile; fetchedAt: string }> {
  try {
    const { head, rest } = await peek(source.chunks, SNIFF_BYTES);
    const declared = declaredKind(source.name, source.contentType);
    const kind = sniffKind(head, declared);
    let read: Read;
    try {
      read = await readKind(kind, source, head, rest, limits, deadline);
    } catch (error) {
      read = { kind, parseError: errorText(error), truncated: [] };
    }
    const size = source.size ?? (source.progress.cut ? undefined : source.progress.bytesRead);
    const truncated = [...(source.progress.cut ? [`bytes: stopped at ${limits.maxBytes}${source.size !== undefined ? ` of ${source.size}` : ''}`] : []), ...read.truncated];
    const { truncated: _t, ...found } = read;
    return {
      fetchedAt: source.fetchedAt,
      profile: {
        url: source.url,
        name: source.name.slice(0, 300),
        declared,
        ...(source.contentType ? { contentType: source.contentType.slice(0, 300) } : {}),
        ...(source.lastModified ? { lastModified: source.lastModified } : {}),
        ...(size !== undefined ? { bytes: size } : {}),
        bytesRead: source.progress.bytesRead,
        truncated,
        ...found,
      },
    };
  } finally {
    await source.close();
  }
}

/** Fetches an http(s) URL (fetch only: the CLI and the extension share it) and profiles it. Throws PageReadError when unreachable. */
export async function profileUrl(
  url: string,
  limits: ResourceLimits = DEFAULT_RESOURCE_LIMITS,
  options: Pick<OpenOptions, 'headers' | 'init' | 'fetch'> & { clock?: () => number } = {},
): Promise<{ profile: ResourceProfile; fetchedAt: string }> {
  const { clock: _c, ...open } = options;
  const source = await openUrl(url, { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs, ...open });
  // maxMs is for reading and profiling: it starts once the server answers (a polite crawler may
  // first wait for the host's turn, which the download's own timeout covers).
  return profileSource(source, limits, (options.clock ?? Date.now)() + limits.maxMs);
}
