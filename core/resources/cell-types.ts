/** What a table cell holds, judged from its text: the profiler types columns and header rows with it. */
export type CellType = 'empty' | 'number' | 'date' | 'text';

const NUMBER = /^[-+]?(\$\s?)?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$|^[-+]?\d*\.\d+$/;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The ISO date for a year, month and day, or null when there is no such day (hot path: no Date objects). */
function validDate(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const leap = m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  if (d > DAYS[m - 1]! + (leap ? 1 : 0)) return null;
  return `${y}-${two(m)}-${two(d)}`;
}

/**
 * The ISO date (YYYY-MM-DD) a cell holds, or null. Reads ISO 8601 (date, month or timestamp),
 * YYYY/MM/DD and the day-first DD/MM/YYYY that Mexican data uses.
 */
export function cellDate(value: string): string | null {
  const text = value.trim();
  if (text.length < 7 || text.length > 35) return null;
  let m = ISO.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1);
  m = SLASHED_YMD.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

export function cellType(value: string): CellType {
  const text = value.trim();
  if (text === '') return 'empty';
  if (NUMBER.test(text)) return 'number';
  if (cellDate(text)) return 'date';
  return 'text';
}
