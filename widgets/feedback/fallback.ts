import { escapeHtml } from '../../core/report/escape.js';
import type { Locale } from '../../core/schemas/common.js';
import { COMMENT_MAX } from '../../core/schemas/limits.js';
import { pick } from '../shared/locale.js';
import { REASON_ORDER } from './reasons.js';
import { STRINGS } from './locales.js';

/** The collector route the no-JavaScript form posts to (application/x-www-form-urlencoded). */
export const FALLBACK_ROUTE = '/v1/feedback/form';

/** The anchor the collector's 303 answer returns to: `<page>#proactiva-gracias`. */
export const FALLBACK_THANKS_ANCHOR = 'proactiva-gracias';

/** The honeypot field: hidden from people (off screen, aria-hidden, out of the tab order); bots fill it. */
export const FALLBACK_HONEYPOT = 'sitio_web';

/** The field with the time the page rendered the form (epoch ms): answers sent too soon after it are refused. */
export const FALLBACK_RENDERED_AT = 't';

/**
 * Rules the fallback needs: its thank-you line shows only when the collector sent the visitor
 * back to it, and then replaces the form. Put them in the page's stylesheet when a CSP forbids
 * inline styles (`style: false`).
 */
export const FALLBACK_CSS = `.proactiva-fallback-thanks{display:none}.proactiva-fallback-thanks:target{display:block}.proactiva-fallback-thanks:target~*{display:none}.proactiva-fallback-hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}`;

export interface FallbackOptions {
  /** The collector's base URL. */
  endpoint: string;
  /** The site's public key (pk_…). */
  siteKey: string;
  site: string;
  /**
   * The page the answer is about (its address without query or fragment). Browsers send only the
   * origin as Referer on a cross-origin post by default, so the collector needs it here.
   */
  page: string;
  privacyUrl: string;
  locale?: Locale | undefined;
  /** A fresh uuid per rendering of the page makes a repeated post store once (server-rendered pages). */
  id?: string | undefined;
  /** When the page rendered the form, epoch ms (default now): sent back so too-fast answers can be refused. */
  renderedAt?: number | undefined;
  /** Include FALLBACK_CSS as an inline <style> (default true). */
  style?: boolean | undefined;
}

/**
 * The plain-HTML form to put inside `<proactiva-feedback>` (light DOM) for visitors without
 * JavaScript: Sí/No, the reasons, the comment and the privacy link, posted to the collector,
 * which stores the answer and sends the visitor back to the page's thank-you anchor. When the
 * element upgrades it renders in its shadow root and this content is no longer shown.
 */
export function feedbackFallbackHtml(options: FallbackOptions): string {
  const locale = options.locale ?? 'es-MX';
  const t = pick(STRINGS, locale);
  const a = escapeHtml;
  const action = `${options.endpoint.replace(/\/+$/, '')}${FALLBACK_ROUTE}`;
  const hidden = (name: string, value: string | undefined) => (value ? `<input type="hidden" name="${name}" value="${a(value)}">` : '');
  const reasons = REASON_ORDER.map((id) => `<li><label><input type="checkbox" name="reason" value="${id}"> ${a(t.reasons[id])}</label></li>`).join('');
  return [
    options.style === false ? '' : `<style>${FALLBACK_CSS}</style>`,
    `<form class="proactiva-fallback" method="post" action="${a(action)}" lang="${locale}">`,
    `<p class="proactiva-fallback-thanks" id="${FALLBACK_THANKS_ANCHOR}" tabindex="-1"><strong>${a(t.thanks)}.</strong> ${a(t.thanksBody)}</p>`,
    hidden('key', options.siteKey),
    hidden('site', options.site),
    hidden('page', options.page),
    hidden('lang', locale),
    hidden('id', options.id),
    hidden(FALLBACK_RENDERED_AT, String(Math.round(options.renderedAt ?? Date.now()))),
    `<div class="proactiva-fallback-hp" aria-hidden="true"><label for="proactiva-fallback-hp">${a(t.honeypot)}</label> <input type="text" id="proactiva-fallback-hp" name="${FALLBACK_HONEYPOT}" tabindex="-1" autocomplete="off"></div>`,
    `<fieldset><legend>${a(t.question)}</legend>`,
    `<label><input type="radio" name="useful" value="si" required> ${a(t.yes)}</label> `,
    `<label><input type="radio" name="useful" value="no"> ${a(t.no)}</label></fieldset>`,
    `<fieldset><legend>${a(t.whyNot)} ${a(t.reasonsHint)}</legend><ul>${reasons}</ul></fieldset>`,
    `<p><label for="proactiva-fallback-comment">${a(t.comment)} ${a(t.commentOptional)}</label></p>`,
    `<p id="proactiva-fallback-warning">${a(t.warning)}</p>`,
    `<p><textarea id="proactiva-fallback-comment" name="comment" rows="4" maxlength="${COMMENT_MAX}" aria-describedby="proactiva-fallback-warning"></textarea></p>`,
    `<p><button type="submit">${a(t.submit)}</button></p>`,
    `<p>${a(t.anonymous)} <a href="${a(options.privacyUrl)}">${a(t.privacy)}</a></p>`,
    '</form>',
  ].join('\n');
}
