/** The dashboard's filters: sujeto obligado, page, date range (inclusive days, YYYY-MM-DD). */
export interface Filters {
  site: string | null;
  page: string | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: Filters = { site: null, page: null, from: null, to: null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from the URL query (?site=&page=&from=&to=), ignoring malformed values. */
export function filtersFromQuery(search: string): Filters {
  const q = new URLSearchParams(search);
  const day = (key: string) => {
    const value = q.get(key);
    return value && DAY.test(value) ? value : null;
  };
  return { site: q.get('site') || null, page: q.get('page') || null, from: day('from'), to: day('to') };
}

export function filtersToQuery(filters: Filters): string {
  const q = new URLSearchParams();
  for (const key of ['site', 'page', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) q.set(key, value);
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Whether an ISO date-time falls in the range (days are inclusive, compared in UTC). */
export function inRange(iso: string, filters: Pick<Filters, 'from' | 'to'>): boolean {
  const day = iso.slice(0, 10);
  return (!filters.from || day >= filters.from) && (!filters.to || day <= filters.to);
}
