import { z } from 'zod';

/**
 * The one spelling of a page's address that feedback and audits are keyed on: http(s) only,
 * lower-case scheme and host (URL does that), default port dropped, no credentials, no query
 * string, no fragment, no trailing slash except the root. Returns null for anything else.
 */
export function normalizePageUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : '/';
  return path === '/' ? `${url.origin}/` : `${url.origin}${path}`;
}

export const PAGE_URL_MAX = 2_048;

/** A page URL as input: validated and normalised (see normalizePageUrl). */
export const PageUrl = z
  .string()
  .max(PAGE_URL_MAX)
  .transform((value, ctx) => {
    const page = normalizePageUrl(value);
    if (page === null) {
      ctx.addIssue({ code: 'custom', message: 'an absolute http(s) URL is expected' });
      return z.NEVER;
    }
    return page;
  });
