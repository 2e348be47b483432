import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FALLBACK_CSS, FALLBACK_HONEYPOT, FALLBACK_RENDERED_AT, feedbackFallbackHtml } from '../../../widgets/feedback/fallback.js';
import { REASON_ORDER } from '../../../widgets/feedback/reasons.js';

const base = { endpoint: 'https://colector.gob.mx/', siteKey: 'pk_demo_0123456789abcdef', site: 'agua-estado', page: 'https://agua.gob.mx/tarifas', privacyUrl: '/aviso' };
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('feedbackFallbackHtml', () => {
  it('is a form posting every field the collector route reads, with Sí/No required and the comment capped', () => {
    const doc = parse(feedbackFallbackHtml({ ...base, id: '6f1c2f1e-1111-4aaa-8bbb-123456789abc', renderedAt: 1_767_225_600_000 }));
    const form = doc.querySelector('form')!;
    expect([form.getAttribute('method'), form.getAttribute('action'), form.getAttribute('lang')]).toEqual(['post', 'https://colector.gob.mx/v1/feedback/form', 'es-MX']);
    const hidden = Object.fromEntries([...doc.querySelectorAll('input[type=hidden]')].map((i) => [i.getAttribute('name'), i.getAttribute('value')]));
    expect(hidden).toEqual({ key: base.siteKey, site: 'agua-estado', page: base.page, lang: 'es-MX', id: '6f1c2f1e-1111-4aaa-8bbb-123456789abc', t: '1767225600000' });
    expect([...doc.querySelectorAll('input[name=useful]')].map((i) => [i.getAttribute('value'), i.hasAttribute('required')])).toEqual([['si', true], ['no', false]]);
    expect([...doc.querySelectorAll('input[name=reason]')].map((i) => i.getAttribute('value'))).toEqual([...REASON_ORDER]);
    expect(doc.querySelector('textarea[name=comment]')!.getAttribute('maxlength')).toBe('500');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('/aviso');
    expect(doc.querySelector('#proactiva-gracias')!.className).toBe('proactiva-fallback-thanks');
    expect(doc.querySelector('style')!.textContent).toBe(FALLBACK_CSS);
  });

  it('carries a honeypot field that people never reach: off screen, aria-hidden, out of the tab order, not autofilled', () => {
    const doc = parse(feedbackFallbackHtml(base));
    const input = doc.querySelector(`input[name=${FALLBACK_HONEYPOT}]`)!;
    expect([input.getAttribute('type'), input.getAttribute('tabindex'), input.getAttribute('autocomplete'), input.getAttribute('value')]).toEqual(['text', '-1', 'off', null]);
    const wrapper = input.parentElement!;
    expect([wrapper.className, wrapper.getAttribute('aria-hidden')]).toEqual(['proactiva-fallback-hp', 'true']);
    expect(doc.querySelector(`label[for=${input.id}]`)!.textContent).toBe('Deja este campo vacío');
    expect(FALLBACK_CSS).toMatch(/\.proactiva-fallback-hp\{position:absolute;left:-10000px/);
    const rendered = Number(doc.querySelector(`input[name=${FALLBACK_RENDERED_AT}]`)!.getAttribute('value'));
    expect(Math.abs(rendered - Date.now())).toBeLessThan(60_000);
  });

  it('escapes every value and speaks English when asked, without inline style under a CSP', () => {
    const html = feedbackFallbackHtml({ ...base, page: 'https://agua.gob.mx/"><script>alert(1)</script>', privacyUrl: '" onclick="x', locale: 'en', style: false });
    const doc = parse(html);
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('style')).toBeNull();
    expect(doc.querySelector('input[name=page]')!.getAttribute('value')).toBe('https://agua.gob.mx/"><script>alert(1)</script>');
    expect(doc.querySelector('a')!.getAttribute('onclick')).toBeNull();
    expect(doc.querySelector('legend')!.textContent).toBe('Was this information useful?');
    expect(doc.querySelector('form')!.getAttribute('lang')).toBe('en');
  });
});
