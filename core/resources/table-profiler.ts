import { cellDate, cellType, type CellType } from './cell-types.js';
import type { DateColumn, TableProfile } from './schema.js';

/** Rows held back to decide how many of the first ones are headers. */
const LOOKAHEAD = 50;
const MAX_HEADER_ROWS = 4;
const MAX_COLUMNS = 500;
/** A column is a date column when this share of its non-empty cells are dates. */
const DATE_SHARE = 0.8;

interface ColumnStats {
  filled: number;
  dates: number;
  latest: string;
  /** Still a date-column candidate (dropped once the first rows show it is not one). */
  maybeDate: boolean;
}

/** Filled cells after which a column below the date share stops being tested for dates. */
const DATE_TRIAL = 1_000;

export interface TableProfiler {
  /** Adds one row (cells as text). Returns false once the row cap is reached. */
  push(row: readonly string[]): boolean;
  /** Adds merged header cells found by a spreadsheet reader. */
  mergedHeaderCells(count: number): void;
  result(): TableProfile;
}

const typeOf = (row: readonly string[], i: number): CellType => cellType(row[i] ?? '');

/** The column types of data rows: the most frequent non-empty type per column. */
function columnTypes(rows: readonly (readonly string[])[], width: number): CellType[] {
  const types: CellType[] = [];
  for (let c = 0; c < width; c++) {
    const counts = { number: 0, date: 0, text: 0 };
    for (const row of rows) {
      const t = typeOf(row, c);
      if (t !== 'empty') counts[t]++;
    }
    const best = (Object.entries(counts) as [CellType, number][]).sort((a, b) => b[1] - a[1])[0]!;
    types.push(best[1] > 0 ? best[0] : 'empty');
  }
  return types;
}

/**
 * How many leading rows are headers: rows with text where the data below has numbers or dates.
 * With text-only data, a first row with gaps over a full row is a group header (two rows).
 */
export function countHeaderRows(rows: readonly (readonly string[])[]): number {
  if (rows.length === 0) return 0;
  const width = Math.min(MAX_COLUMNS, Math.max(...rows.map((r) => r.length)));
  const sample = rows.slice(MAX_HEADER_ROWS);
  const types = columnTypes(sample.length ? sample : rows.slice(1), width);
  const typed = types.map((t, i) => (t === 'number' || t === 'date' ? i : -1)).filter((i) => i >= 0);
  const isHeader = (row: readonly string[]): boolean => {
    const cells = row.slice(0, width);
    if (!cells.some((c) => c.trim() !== '')) return false;
    return cells.every((_, i) => typeOf(row, i) === 'empty' || typeOf(row, i) === 'text') && typed.every((i) => typeOf(row, i) !== types[i]);
  };
  if (typed.length === 0) {
    const gaps = (row: readonly string[]) => Array.from({ length: width }, (_, i) => typeOf(row, i) === 'empty').filter(Boolean).length;
    if (rows.length > 2 && gaps(rows[0]!) > 0 && gaps(rows[1]!) === 0 && gaps(rows[2]!) === 0) return 2;
    return 1;
  }
  let n = 0;
  while (n < Math.min(MAX_HEADER_ROWS, rows.length - 1) && isHeader(rows[n]!)) n++;
  return n;
}

/** Streams rows into a bounded profile: memory holds the first rows and per-column counters only. */
export function createTableProfiler(options: { maxRows: number; /** Known header rows (JSON/XML keys); otherwise detected. */ headerRows?: number }): TableProfiler {
  let buffer: string[][] | null = [];
  let headerRows = 0;
  let header: string[] = [];
  let width = 0;
  let rows = 0;
  let cells = 0;
  let empty = 0;
  let ragged = 0;
  let merged = 0;
  let capped = false;
  const columns: ColumnStats[] = [];

  const addData = (row: readonly string[]): boolean => {
    if (rows >= options.maxRows) {
      capped = true;
      return false;
    }
    rows++;
    if (row.length !== width) ragged++;
    for (let c = 0; c < width; c++) {
      const value = (row[c] ?? '').trim();
      cells++;
      const stats = columns[c]!;
      if (value === '') {
        empty++;
        continue;
      }
      stats.filled++;
      if (!stats.maybeDate) continue;
      const iso = cellDate(value);
      if (iso) {
        stats.dates++;
        if (iso > stats.latest) stats.latest = iso;
      }
      if (stats.filled === DATE_TRIAL && stats.dates / stats.filled < DATE_SHARE) stats.maybeDate = false;
    }
    return true;
  };

  const settle = (): void => {
    if (!buffer) return;
    const held = buffer;
    buffer = null;
    headerRows = options.headerRows ?? countHeaderRows(held);
    width = Math.min(MAX_COLUMNS, Math.max(0, ...held.map((r) => r.length)));
    const last = headerRows > 0 ? held[headerRows - 1]! : [];
    // A group label spans the empty cells to its right ("Población 2020", "", …), as a merged cell would.
    const spans = held.slice(0, Math.max(0, headerRows - 1)).map((r) => {
      let carried = '';
      return Array.from({ length: width }, (_, i) => (carried = (r[i] ?? '').trim() || carried));
    });
    header = Array.from({ length: width }, (_, i) => {
      // A stacked header names a column by its parts ("Población 2020 / Hombres").
      const parts = [...spans.map((r) => r[i]!), (last[i] ?? '').trim()].filter(Boolean);
      return (headerRows > 1 ? parts.join(' / ') : (last[i] ?? '').trim()).slice(0, 200) || `#${i + 1}`;
    });
    for (let c = 0; c < width; c++) columns.push({ filled: 0, dates: 0, latest: '', maybeDate: true });
    for (const row of held.slice(headerRows)) if (!addData(row)) break;
  };

  return {
    push(row) {
      if (!buffer) return addData(row);
      buffer.push([...row]);
      if (buffer.length > LOOKAHEAD) settle();
      return !capped;
    },
    mergedHeaderCells(count) {
      merged += count;
    },
    result() {
      settle();
      const dateColumns: DateColumn[] = [];
      columns.forEach((stats, c) => {
        if (stats.maybeDate && stats.dates > 0 && stats.dates / stats.filled >= DATE_SHARE) {
          dateColumns.push({ name: header[c]!, latest: stats.latest, share: Math.round((stats.dates / stats.filled) * 1000) / 1000 });
        }
      });
      return {
        rows,
        columns: width,
        header: header.slice(0, 500),
        headerRows,
        emptyCellRatio: cells > 0 ? Math.round((empty / cells) * 1000) / 1000 : 0,
        emptyColumns: rows > 0 ? columns.flatMap((s, c) => (s.filled === 0 ? [header[c]!] : [])).slice(0, 500) : [],
        ragged,
        dateColumns: dateColumns.slice(0, 100),
        mergedHeaderCells: merged,
        rowCapped: capped,
      };
    },
  };
}
