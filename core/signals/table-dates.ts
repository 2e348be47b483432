import type { AuditContext } from '../context.js';
import { dataTablesSignal, tableColumns } from './data-tables.js';
import type { DateKind, FoundDate } from './dates.js';
import { clip } from './dom.js';
import type { PeriodicityTerm } from './periodicity.js';

/** The spacing of a dated series in a table (one row a year, a month…): its implied periodicity. */
export interface SeriesPeriodicity extends PeriodicityTerm {
  snippet: string;
  element: Element;
}

export interface TableDates {
  /** The newest date of each date column. */
  dates: FoundDate[];
  series: SeriesPeriodicity | null;
}

const DAY_MS = 86_400_000;
/** Regular spacings and the tolerance (days) a median gap may stray from them. */
const SPACINGS: [PeriodicityTerm, number][] = [
  [{ name: 'diaria', days: 1 }, 0.5],
  [{ name: 'semanal', days: 7 }, 1],
  [{ name: 'mensual', days: 30 }, 3],
  [{ name: 'trimestral', days: 91 }, 5],
  [{ name: 'semestral', days: 182 }, 6],
  [{ name: 'anual', days: 365 }, 10],
];
const MIN_SERIES_DATES = 3;
/** Share of the gaps that must match the spacing for the series to be regular. */
const REGULAR_SHARE = 0.7;

function seriesSpacing(dates: readonly Date[]): PeriodicityTerm | null {
  const days = [...new Set(dates.map((d) => Math.round(d.getTime() / DAY_MS)))].sort((a, b) => a - b);
  if (days.length < MIN_SERIES_DATES) return null;
  const gaps = days.slice(1).map((d, i) => d - days[i]!);
  const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
  const match = SPACINGS.find(([term, tolerance]) => Math.abs(median - term.days) <= tolerance);
  if (!match) return null;
  const [term, tolerance] = match;
  return gaps.filter((g) => Math.abs(g - term.days) <= tolerance).length / gaps.length >= REGULAR_SHARE ? term : null;
}

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
 * by one (vacancies, notices, resolutions) is as fresh as its latest record; a column of regularly
 * spaced dates (an annual series) also says how often the table gains a row. Future dates are
 * left out.
 */
export function tableDates(ctx: AuditContext): TableDates {
  const found: FoundDate[] = [];
  let series: SeriesPeriodicity | null = null;
  for (const table of ctx.use(dataTablesSignal).tables.slice(0, MAX_TABLES)) {
    const columns = tableColumns(table.element, MAX_ROWS);
    const headers = columns.headers.map((cell) => clip(cell.textContent ?? '', 60));
    const column = headers.findIndex((text) => DATE_HEADER.test(text));
    if (column === -1) continue;
    let newest: { date: Date; cell: Element; text: string } | null = null;
    const all: Date[] = [];
    for (const tr of columns.rows) {
      const cell = tr.querySelectorAll('td, th')[column];
      const text = clip(cell?.textContent ?? '', 40);
      const date = cell ? cellDate(text) : null;
      if (!cell || !date || date.getTime() > ctx.now.getTime()) continue;
      all.push(date);
      if (!newest || date > newest.date) newest = { date, cell, text };
    }
    const spacing: PeriodicityTerm | null = series ? null : seriesSpacing(all);
    if (spacing && newest) series = { ...spacing, snippet: clip(`${headers[column]}: ${all.length} fechas con periodicidad ${spacing.name}`, 160), element: newest.cell };
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
  return { dates: found, series };
}
