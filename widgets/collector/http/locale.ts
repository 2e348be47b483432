import type { Context } from 'hono';
import type { Locale } from '../../../core/schemas/index.js';

/** The locale of a request's messages: `?lang=en`, else an Accept-Language starting with en; es-MX by default. */
export function requestLocale(c: Context): Locale {
  const lang = c.req.query('lang') ?? c.req.header('accept-language') ?? '';
  return /^\s*en\b/i.test(lang) ? 'en' : 'es-MX';
}
