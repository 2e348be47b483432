import { defineSignal } from '../context.js';
import { regionSignal } from './region.js';
import { countWords } from './spanish-text.js';

/** A table of the page's own content that presents data (not layout, not site chrome). */
export interface DataTable {
  element: Element;
  rows: number;
  /** Has header cells (<th> or scope): a reader and a screen reader know what each column holds. */
  withHeaders: boolean;
}

export interface DataTablesInfo {
  tables: DataTable[];
}

const MIN_ROWS = 3;
const MIN_CELLS_PER_ROW = 2;
/** Layout tables hold paragraphs; data cells are short. */
const MAX_MEDIAN_CELL_WORDS = 12;
const MAX_TABLES = 100;
const MAX_ROWS_READ = 200;

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Tables that present information as data: several rows of several short cells, outside the
 * site's chrome, not used for layout (no nested tables, role="presentation" excluded).
 */
export const dataTablesSignal = defineSignal<DataTablesInfo>('data-tables', (ctx) => {
  const { isChrome } = ctx.use(regionSignal);
  const tables: DataTable[] = [];
  for (const el of ctx.elements()) {
    if (tables.length >= MAX_TABLES) break;
    if (el.tagName.toLowerCase() !== 'table' || el.getAttribute('role') === 'presentation' || isChrome(el)) continue;
    if (el.querySelector('table')) continue;
    const rows = Array.from(el.querySelectorAll('tr')).slice(0, MAX_ROWS_READ);
    const wide = rows.filter((tr) => tr.querySelectorAll('td, th').length >= MIN_CELLS_PER_ROW);
    if (wide.length < MIN_ROWS) continue;
    const cellWords = wide.flatMap((tr) => Array.from(tr.querySelectorAll('td, th')).map((cell) => countWords((cell.textContent ?? '').slice(0, 2_000))));
    if (median(cellWords) > MAX_MEDIAN_CELL_WORDS) continue;
    tables.push({ element: el, rows: wide.length, withHeaders: el.querySelector('th, [scope]') !== null });
  }
  return { tables };
});

/**
 * A table's column headers and the rows under them: the first row holding <th> cells, else the
 * <th> cells of <thead> written without a row (as parsed by linkedom; browsers add the row), else
 * the first row.
 */
export function tableColumns(table: Element, maxRows: number): { headers: Element[]; rows: Element[] } {
  const rows = Array.from(table.querySelectorAll('tr')).slice(0, maxRows);
  const headerRow = rows.find((tr) => tr.querySelector('th') !== null);
  if (headerRow) return { headers: Array.from(headerRow.querySelectorAll('th, td')), rows: rows.slice(rows.indexOf(headerRow) + 1) };
  const bare = Array.from(table.querySelectorAll('thead > th, thead > td'));
  if (bare.length) return { headers: bare, rows };
  return { headers: rows[0] ? Array.from(rows[0].querySelectorAll('th, td')) : [], rows: rows.slice(1) };
}
