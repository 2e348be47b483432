import { z } from 'zod';

/** What a resource really is, judged from its bytes (not from its name). */
export const ResourceKind = z.enum(['csv', 'tsv', 'xlsx', 'xls', 'ods', 'json', 'xml', 'pdf', 'html', 'unknown']);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const DateColumn = z.object({
  name: z.string().max(200),
  /** Latest date found in the column (ISO 8601 date). */
  latest: z.string().max(30),
  /** Share (0-1) of the column's non-empty sampled cells that read as dates. */
  share: z.number().min(0).max(1),
});
export type DateColumn = z.infer<typeof DateColumn>;

/** A table's shape (CSV, TSV, a spreadsheet's first sheet, a JSON or XML list of records). */
export const TableProfile = z.object({
  /** Data rows read (after the header rows), up to the row cap. */
  rows: z.number().int().min(0),
  columns: z.number().int().min(0),
  header: z.array(z.string().max(200)).max(500),
  /** Rows at the top that look like headers (1 is right; 2+ means stacked or merged headers). */
  headerRows: z.number().int().min(0),
  /** Share (0-1) of empty cells among the rows read. */
  emptyCellRatio: z.number().min(0).max(1),
  /** Columns with no value in any row read. */
  emptyColumns: z.array(z.string().max(200)).max(500),
  /** Rows whose number of cells differs from the header's. */
  ragged: z.number().int().min(0),
  dateColumns: z.array(DateColumn).max(100),
  /** Merged cells in the header rows (spreadsheets only). */
  mergedHeaderCells: z.number().int().min(0).default(0),
  /** The row cap stopped the reading before the end. */
  rowCapped: z.boolean().default(false),
});
export type TableProfile = z.infer<typeof TableProfile>;

export const PdfProfile = z.object({
  pages: z.number().int().min(0),
  /** Pages whose text was read (page and time caps). */
  pagesRead: z.number().int().min(0),
  /** Pages read that carry a text layer (some selectable text). */
  pagesWithText: z.number().int().min(0),
  textChars: z.number().int().min(0),
  /** The catalogue says the document is tagged (MarkInfo /Marked and a structure tree). */
  tagged: z.boolean(),
  title: z.string().max(500).optional(),
  lang: z.string().max(50).optional(),
  created: z.string().max(40).optional(),
  modified: z.string().max(40).optional(),
});
export type PdfProfile = z.infer<typeof PdfProfile>;

/** Everything read from one resource: the evidence the resource checks score. */
export const ResourceProfile = z.object({
  /** Where it came from (http(s) or file: URL). */
  url: z.string().max(4_096),
  name: z.string().max(300),
  /** What the name or the server announced (extension, then Content-Type). */
  declared: ResourceKind,
  /** What the bytes are. */
  kind: ResourceKind,
  contentType: z.string().max(300).optional(),
  /** HTTP Last-Modified or the file's mtime (ISO 8601). */
  lastModified: z.string().max(40).optional(),
  /** Total size when known (Content-Length or file size). */
  bytes: z.number().int().min(0).optional(),
  bytesRead: z.number().int().min(0),
  /** Why the reading stopped early (bytes, rows, pages, time). */
  truncated: z.array(z.string().max(200)).default([]),
  /** Text encoding detected (text formats). */
  encoding: z.string().max(50).optional(),
  /** Confidence of the encoding detection (0-100). */
  encodingConfidence: z.number().min(0).max(100).optional(),
  delimiter: z.string().max(5).optional(),
  table: TableProfile.optional(),
  pdf: PdfProfile.optional(),
  /** JSON: the top-level shape; XML: the root element. */
  structure: z.string().max(200).optional(),
  /** The library could not read the content as its kind. */
  parseError: z.string().max(500).optional(),
});
export type ResourceProfile = z.infer<typeof ResourceProfile>;
export type ResourceProfileInput = z.input<typeof ResourceProfile>;
