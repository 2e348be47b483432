import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { normalizePageUrl, type FeedbackRecordInput, type Locale } from '../../../core/schemas/index.js';
import { FALLBACK_HONEYPOT, FALLBACK_RENDERED_AT, FALLBACK_ROUTE, FALLBACK_THANKS_ANCHOR } from '../../feedback/fallback.js';
import { readFormBody } from '../http/body.js';
import type { AppEnv, Deps } from '../http/context.js';
import { errorPage } from '../http/error-page.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { FEEDBACK_MAX_BYTES } from '../options.js';
import { storeUnlessSpam } from '../spam/store-unless-spam.js';
import type { SiteRecord } from '../store/index.js';
import { parseFeedback } from '../validation.js';

const originOf = (url: string | undefined): string | null => {
  if (!url || url === 'null') return null;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
};

/**
 * Milliseconds since the page rendered the form (its `t` field, epoch ms), or undefined when the
 * field is missing, unreadable or ahead of this clock (a portal clock ahead must not refuse people).
 */
function elapsedSinceRender(value: string | null, now: number): number | undefined {
  if (!value || !/^\d{1,15}$/.test(value)) return undefined;
  const elapsed = now - Number(value);
  return elapsed >= 0 ? elapsed : undefined;
}

/** The record a fallback form describes; zod validates it like a widget's (missing Sí/No → "useful"). */
function formRecord(form: URLSearchParams, site: SiteRecord, page: string, locale: Locale): FeedbackRecordInput {
  const useful = form.get('useful');
  const comment = form.get('comment')?.trim();
  const elapsedMs = elapsedSinceRender(form.get(FALLBACK_RENDERED_AT), Date.now());
  const honeypot = form.get(FALLBACK_HONEYPOT);
  return {
    ...(elapsedMs === undefined ? {} : { elapsedMs }),
    ...(honeypot ? { honeypot } : {}),
    // A page rendered per visit may carry its own uuid (then a repeated post stores once).
    id: form.get('id') || randomUUID(),
    site: form.get('site') || site.id,
    page,
    useful: (useful === 'si' ? true : useful === 'no' ? false : useful) as boolean,
    reasons: form.getAll('reason') as FeedbackRecordInput['reasons'],
    ...(comment ? { comment } : {}),
    locale,
    createdAt: new Date().toISOString(),
  };
}

/**
 * POST /v1/feedback/form: the no-JavaScript fallback of <proactiva-feedback>
 * (widgets/feedback/fallback.ts). Same checks as POST /v1/feedback — IP limit, site key (form
 * field `key`), the posting page's origin (Origin, or the Referer's when a browser sends none)
 * registered for the site, site limit, size, schema, spam rules (honeypot field, time since the
 * form was rendered) — then the comment is scrubbed and the record stored idempotently. Answers
 * 303 to `<page>#proactiva-gracias` only when the page is on one of the site's registered origins
 * (a refused spam answer too); errors are a small HTML page, since a browser shows them as is.
 */
export function feedbackFormRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post(FALLBACK_ROUTE, async (c: Context<AppEnv>) => {
    let locale = c.get('locale');
    let back: string | null = null;
    try {
      await enforce(deps.limits?.feedbackPerIp, c.get('ip'));
      const form = await readFormBody(c, FEEDBACK_MAX_BYTES);
      if (form.get('lang') === 'en' || form.get('lang') === 'es-MX') locale = form.get('lang') as Locale;
      const key = form.get('key');
      if (!key) throw new HttpError(401, 'missing_key', 'key');
      const site = key.length <= 300 ? await deps.store.sites.byPublicKey(key) : undefined;
      if (!site) throw new HttpError(401, 'unknown_key', 'key');
      const referer = c.req.header('referer');
      const from = originOf(c.req.header('origin')) ?? originOf(referer);
      if (!from || !site.origins.includes(from)) throw new HttpError(403, 'origin_not_allowed', 'Origin', { origin: from ?? '(none)' });
      await enforce(deps.limits?.feedbackPerSite, site.id);

      const page = normalizePageUrl(form.get('page') || referer || '');
      const pageOrigin = originOf(page ?? undefined);
      if (page === null || !pageOrigin || !site.origins.includes(pageOrigin)) throw new HttpError(400, 'page_not_allowed', 'page');
      back = page;
      const record = parseFeedback(formRecord(form, site, page, locale), locale);
      if (record.site !== site.id) throw new HttpError(403, 'site_mismatch', 'site');
      // Refused as spam or stored, the visitor is sent back to the same thank-you anchor.
      await storeUnlessSpam(deps, record, c.get('ip'));
      c.header('Cache-Control', 'no-store');
      return c.redirect(`${page}#${FALLBACK_THANKS_ANCHOR}`, 303);
    } catch (error) {
      return errorPage(c, error, locale, back);
    }
  });
}
