import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.js';

const ALLOW_METHODS = 'GET, POST, DELETE, OPTIONS';
const ALLOW_HEADERS = 'Content-Type, X-Proactiva-Key, Authorization, Accept-Language';

/**
 * CORS for registered origins only. A preflight from an origin no site lists is refused with 403
 * and no CORS headers; other requests from such an origin get an answer the browser will not let
 * the page read. Every answer varies on Origin, so a shared cache never mixes origins.
 */
export function corsForRegisteredOrigins(isAllowed: (origin: string) => Promise<boolean>): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && (await isAllowed(origin));
    if (c.req.method === 'OPTIONS') {
      if (!allowed) throw new HttpError(403, 'origin_not_allowed', 'Origin', { origin: origin ?? '(none)' });
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', ALLOW_METHODS);
      c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
      c.header('Access-Control-Max-Age', '600');
      c.header('Vary', 'Origin');
      return c.body(null, 204);
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
    }
  };
}
