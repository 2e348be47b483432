import type { Hono } from 'hono';
import { readJsonBody } from '../http/body.js';
import type { AppEnv, Deps } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { FEEDBACK_MAX_BYTES } from '../options.js';
import { storeUnlessSpam } from '../spam/store-unless-spam.js';
import { parseFeedback } from '../validation.js';

/**
 * POST /v1/feedback: a citizen's answer from a widget. Checks, cheapest first: IP limit, site
 * key (header X-Proactiva-Key, or ?key= for sendBeacon, which cannot set headers), Origin
 * registered for that site, site limit, body size, JSON, schema, record site = key's site.
 * 201 when stored, 200 when the uuid was already stored. An answer refused as spam is counted and
 * answered exactly like a stored one (201), so a bot cannot tell.
 */
export function feedbackRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post('/v1/feedback', async (c) => {
    await enforce(deps.limits?.feedbackPerIp, c.get('ip'));
    const key = c.req.header('x-proactiva-key') ?? c.req.query('key');
    if (!key) throw new HttpError(401, 'missing_key', 'X-Proactiva-Key');
    const site = key.length <= 300 ? await deps.store.sites.byPublicKey(key) : undefined;
    if (!site) throw new HttpError(401, 'unknown_key', 'X-Proactiva-Key');
    const origin = c.req.header('origin');
    if (!origin || !site.origins.includes(origin)) throw new HttpError(403, 'origin_not_allowed', 'Origin', { origin: origin ?? '(none)' });
    await enforce(deps.limits?.feedbackPerSite, site.id);

    const body = await readJsonBody(c, FEEDBACK_MAX_BYTES);
    const record = parseFeedback(body, c.get('locale'));
    if (record.site !== site.id) throw new HttpError(403, 'site_mismatch', 'site');
    const ack = await storeUnlessSpam(deps, record, c.get('ip'));
    c.header('Cache-Control', 'no-store');
    return c.json(ack, ack.stored ? 201 : 200);
  });
}
