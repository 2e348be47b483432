import type { Context } from 'hono';
import { z } from 'zod';
import { PageUrl, SiteId } from '../../../core/schemas/index.js';
import { parseInput } from '../validation.js';
import { requestLocale } from './locale.js';

/** A time bound in a query: YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time (UTC). */
const TimeBound = z.union([z.iso.datetime({ offset: true }), z.iso.date(), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')]);

/** `from` is inclusive: the start of the month, day or instant. */
export function startOf(bound: string): string {
  return new Date(/^\d{4}-\d{2}$/.test(bound) ? `${bound}-01T00:00:00Z` : bound.length === 10 ? `${bound}T00:00:00Z` : bound).toISOString();
}

/** `to` is inclusive: through the end of the month or day given; an instant bounds itself. Returns the exclusive upper bound. */
export function endOf(bound: string): string {
  const start = new Date(startOf(bound));
  if (/^\d{4}-\d{2}$/.test(bound)) start.setUTCMonth(start.getUTCMonth() + 1);
  else if (bound.length === 10) start.setUTCDate(start.getUTCDate() + 1);
  else start.setUTCMilliseconds(start.getUTCMilliseconds() + 1);
  return start.toISOString();
}

export const ReadQuery = z.object({
  site: SiteId.optional(),
  page: PageUrl.optional(),
  from: TimeBound.optional(),
  to: TimeBound.optional(),
});

/** Parses the query string with a schema; errors name the parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseInput(schema, c.req.query(), undefined, requestLocale(c));
}

/** The time range of a read query as store bounds. */
export function timeRange(query: { from?: string | undefined; to?: string | undefined }): { from?: string; until?: string } {
  return {
    ...(query.from ? { from: startOf(query.from) } : {}),
    ...(query.to ? { until: endOf(query.to) } : {}),
  };
}
