/**
 * When the seeded history happened: five audit rounds per sujeto obligado, ending on the date the
 * portal's content describes (PORTAL_AS_OF), so the last audit of every page is an audit of the
 * page exactly as it is served. The first round is early in 2025, before the 2025 Ley General
 * (in force 2025-03-21; LAW_CHANGE): the core judges it by the 2015 rules and the later rounds by
 * the 2025 ones, so the tablero shows a rule change in the tasa de variación.
 */
export const LAW_CHANGE = '2025-03-21';

export const AUDIT_ROUNDS: Record<string, readonly string[]> = {
  'agua-valle-esmeralda': ['2025-02-17T16:10:00.000Z', '2026-03-16T16:20:00.000Z', '2026-05-18T17:05:00.000Z', '2026-08-17T16:40:00.000Z', '2026-11-23T17:15:00.000Z'],
  'salud-valle-esmeralda': ['2025-03-10T15:30:00.000Z', '2026-04-13T15:45:00.000Z', '2026-06-15T16:00:00.000Z', '2026-09-14T15:50:00.000Z', '2026-11-24T16:30:00.000Z'],
};

/** Feedback answers are spread from the first audit round to the day before the portal's date. */
export const FEEDBACK_FROM = '2026-01-05T00:00:00.000Z';
export const FEEDBACK_UNTIL = '2026-11-24T23:00:00.000Z';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** "6 de noviembre de 2026" for 2026-11-06. */
export function spanishDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return `${d} de ${MONTHS[m - 1]} de ${y}`;
}

/** "octubre de 2026" for 2026-10. */
export function spanishMonth(year: number, month1: number): string {
  return `${MONTHS[month1 - 1]} de ${year}`;
}

/** The month before the one of an ISO date, as [year, month 1-12]. */
export function previousMonth(iso: string): [number, number] {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m === 1 ? [y - 1, 12] : [y, m - 1];
}

/** The ISO day of `day` in the audit's month, or in the month before when that day has not come yet. */
export function lastPublication(iso: string, day: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const today = Number(iso.slice(8, 10));
  const [py, pm] = today >= day ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  return `${py}-${String(pm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
