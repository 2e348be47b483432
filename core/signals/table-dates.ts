import type { AuditContext } from '../context.js';
import { dataTablesSignal, tableColumns } from './data-tables.js';
import type { DateKind, FoundDate } from './dates.js';
import { clip } from './dom.js';

/** A column of dates: its header starts with "Fecha" ("Fecha de publicación", "Fecha"). */
const DATE_HEADER = /^\s*fecha\b/iu;
const DAY_FIRST = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b/;
const ISO_DAY = /^\s*((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
const MAX_TABLES = 5;
const MAX_ROWS = 500;

function cellDate(text: string): Date | null {
  const dayFirst = DAY_FIRST.exec(text);
  const iso = dayFirst ? null : ISO_DAY.exec(text);
  const [day, month, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  if (!day || !month || !year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  // Date.UTC rolls 31/02 over to March: such a cell is not a date.
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? date : null;
}

const kindOfHeader = (header: string): DateKind =>
  /actualiza|modifica|corte/i.test(header) ? 'modified' : /publica|alta|registro|emisi[óo]n/i.test(header) ? 'published' : 'unknown';

/**
 * The newest date in each "Fecha…" column of the page's data tables: a list of records dated one
 * by one (vacancies, notices, resolutions) is as fresh as its latest record. Future dates are
 * left to the caller, which drops them like any other.
 */
export function tableColumnDates(ctx: AuditContext): FoundDate[] {
  const found: FoundDate[] = [];
  for (const table of ctx.use(dataTablesSignal).tables.slice(0, MAX_TABLES)) {
    const columns = tableColumns(table.element, MAX_ROWS);
    const headers = columns.headers.map((cell) => clip(cell.textContent ?? '', 60));
    const column = headers.findIndex((text) => DATE_HEADER.test(text));
    if (column === -1) continue;
    let newest: { date: Date; cell: Element; text: string } | null = null;
    for (const tr of columns.rows) {
      const cell = tr.querySelectorAll('td, th')[column];
      const text = clip(cell?.textContent ?? '', 40);
      const date = cell ? cellDate(text) : null;
      if (cell && date && date.getTime() <= ctx.now.getTime() && (!newest || date > newest.date)) newest = { date, cell, text };
    }
    if (newest) {
      found.push({
        date: newest.date,
        kind: kindOfHeader(headers[column]!),
        source: 'table',
        visible: true,
        snippet: clip(`${headers[column]} (${table.rows - 1} registros): ${newest.text}`, 160),
        element: newest.cell,
      });
    }
  }
  return found;
}
