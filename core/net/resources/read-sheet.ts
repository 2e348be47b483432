import { read, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { createTableProfiler } from '../../resources/table-profiler.js';
import type { TableProfile } from '../../resources/schema.js';

/** Rows at the top where a merged cell counts as a merged header. */
const HEADER_ZONE = 4;

export interface SheetReadResult {
  table: TableProfile;
  sheets: number;
  sheetName: string;
}

function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.v instanceof Date) return Number.isNaN(cell.v.getTime()) ? '' : cell.v.toISOString().slice(0, 10);
  return String(cell.v);
}

function rowsOf(sheet: WorkSheet): string[][] {
  const ref = sheet['!ref'];
  if (!ref) return [];
  const range = utils.decode_range(ref);
  const dense = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'];
  const rows: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      row.push(cellText(dense ? dense[r]?.[c] : (sheet[utils.encode_cell({ r, c })] as CellObject | undefined)));
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Profiles the first sheet of an XLSX, XLS or ODS workbook with SheetJS: at most maxRows rows are
 * parsed (sheetRows), dates read as dates, merged cells in the top rows counted.
 */
export function readSheet(bytes: Uint8Array, options: { maxRows: number }): SheetReadResult {
  const book = read(bytes, { type: 'array', dense: true, cellDates: true, sheetRows: options.maxRows + HEADER_ZONE + 1, cellFormula: false, cellHTML: false });
  const sheetName = book.SheetNames[0] ?? '';
  const sheet = book.Sheets[sheetName];
  const profiler = createTableProfiler({ maxRows: options.maxRows });
  if (sheet) {
    for (const row of rowsOf(sheet)) if (!profiler.push(row)) break;
    profiler.mergedHeaderCells((sheet['!merges'] ?? []).filter((m) => m.s.r < HEADER_ZONE).length);
  }
  return { table: profiler.result(), sheets: book.SheetNames.length, sheetName };
}
