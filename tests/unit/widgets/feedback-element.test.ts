// @vitest-environment happy-dom
/**
 * <proactiva-feedback> in happy-dom with an in-memory outbox and a fake collector (the real
 * browser, collector and database run in tests/e2e/widgets): the states, the scrub shown to the
 * visitor, focus moves, double clicks, the once-a-day guard and the missing aviso de privacidad.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDelivery } from '../../../widgets/client/delivery.js';
import { memoryOutbox } from '../../../widgets/client/outbox.js';
import type { KeyValueStore } from '../../../widgets/feedback/answered.js';
import '../../../widgets/feedback/index.js';
import type { ProactivaFeedback } from '../../../widgets/feedback/proactiva-feedback.js';
import { FakeCollector } from './fake-collector.js';

interface Sent {
  id: string;
  useful: boolean;
  reasons: string[];
  comment?: string;
  page: string;
  site: string;
  locale: string;
}

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/**
 * Mounts the element; unless `preload` is false, the pointer first rests on it, as a visitor's
 * would before clicking, so that its reasons form and outbox (details.ts) are loaded.
 */
async function mount(attrs: Record<string, string>, store: KeyValueStore = memoryStore(), preload = true) {
  const collector = new FakeCollector();
  const el = document.createElement('proactiva-feedback') as ProactivaFeedback;
  el.delivery = createDelivery({
    outbox: memoryOutbox(),
    fetch: collector.fetch,
    clock: { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) },
  });
  el.store = store;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & HTMLElement>(sel);
  const text = () => (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
    }
  };
  const sent = () => collector.requests.map((r) => r.body as unknown as Sent);
  if (preload && root.querySelector('.box')) {
    root.querySelector('.box')!.dispatchEvent(new Event('pointerenter'));
    await import('../../../widgets/feedback/details.js');
    await settle();
  }
  return { el, root, $, text, settle, collector, sent };
}

const ATTRS = {
  site: 'agua-estado',
  endpoint: 'http://collector.test',
  'site-key': 'pk_0123456789abcdef',
  'privacy-url': '/aviso-de-privacidad',
  page: 'http://portal.test/datos/tarifas?x=1',
};

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<proactiva-feedback>', () => {
  it('asks the question with Sí / No and links the aviso de privacidad', async () => {
    const { $, text } = await mount(ATTRS);
    expect(text()).toContain('¿Te fue útil esta información?');
    expect($('#yes')?.textContent).toBe('Sí');
    expect($('#no')?.textContent).toBe('No');
    expect($<HTMLAnchorElement>('a[part="privacy-link"]')?.getAttribute('href')).toMatch(/\/aviso-de-privacidad$/);
  });

  it('renders no form without privacy-url, shows a notice and says why in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { 'privacy-url': _omitted, ...withoutPrivacy } = ATTRS;
    const { root, text } = await mount(withoutPrivacy);
    expect(root.querySelector('button, form, textarea, input')).toBeNull();
    expect(text()).toContain('Falta el enlace al aviso de privacidad');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('privacy-url'));
  });

  it('on No: reasons, a comment scrubbed before your eyes, then thanks with focus on it', async () => {
    const { el, root, $, text, settle, sent } = await mount(ATTRS);
    const submitted = vi.fn();
    el.addEventListener('proactiva-submit', submitted);
    $('#no')!.click();
    await el.updateComplete;
    expect(root.activeElement?.id).toBe('details-heading');
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.value)).toEqual([
      'localizable', 'comprensible', 'actualizada', 'completa', 'formatos-abiertos', 'accesible', 'confiable', 'pertinente',
    ]);
    expect(text()).toContain('No escribas datos personales');
    for (const value of ['actualizada', 'localizable']) {
      const box = boxes.find((b) => b.value === value)!;
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    }
    const comment = $<HTMLTextAreaElement>('#comment')!;
    comment.value = 'Mi CURP es GODE561231HDFRRN09 y no encuentro 2025';
    comment.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($('[part="scrub-notice"]')?.textContent?.replace(/\s+/g, ' ')).toContain('Por tu privacidad, quitaremos 1 CURP de tu comentario. Así se enviará: Mi CURP es [CURP] y no encuentro 2025');
    expect($('[part="counter"]')?.textContent).toBe(`Te quedan ${500 - 'Mi CURP es [CURP] y no encuentro 2025'.length} caracteres`);

    $<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    expect(text()).toContain('Gracias por tu respuesta');
    expect(text()).toContain('Quitamos 1 CURP de tu comentario. Se envió así: Mi CURP es [CURP] y no encuentro 2025');
    expect(root.activeElement?.id).toBe('thanks-heading');
    expect(sent()).toEqual([
      expect.objectContaining({
        site: 'agua-estado',
        page: 'http://portal.test/datos/tarifas',
        useful: false,
        reasons: ['localizable', 'actualizada'],
        comment: 'Mi CURP es [CURP] y no encuentro 2025',
        locale: 'es-MX',
      }),
    ]);
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(text()).toContain('Tu respuesta se registró.');
  });

  it('on Sí: one click sends the answer; a double click still makes one record', async () => {
    const { el, $, settle, sent } = await mount(ATTRS);
    const yes = $('#yes')!;
    yes.click();
    yes.click();
    await settle();
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toMatchObject({ useful: true, reasons: [] });
    expect(el.shadowRoot!.textContent).toContain('Gracias por tu respuesta');
  });

  it('loads the form on the first click when nothing preloaded it, buttons disabled meanwhile', async () => {
    const { el, root, $, settle } = await mount(ATTRS, memoryStore(), false);
    $('#no')!.click();
    $('#no')!.click();
    await el.updateComplete;
    expect($('#no')?.getAttribute('aria-disabled')).toBe('true');
    await import('../../../widgets/feedback/details.js');
    await settle();
    expect(root.activeElement?.id).toBe('details-heading');
    expect(root.querySelectorAll('input[type=checkbox]')).toHaveLength(8);
  });

  it('double-clicking Enviar makes one record', async () => {
    const { el, $, settle, sent } = await mount(ATTRS);
    $('#no')!.click();
    await el.updateComplete;
    const submit = $<HTMLButtonElement>('button[type=submit]')!;
    submit.click();
    submit.click();
    await settle();
    expect(sent()).toHaveLength(1);
  });

  it('offers reasons after Sí only with detail-on-yes', async () => {
    const { el, $, text } = await mount({ ...ATTRS, 'detail-on-yes': '' });
    $('#yes')!.click();
    await el.updateComplete;
    expect(text()).toContain('¿Qué podríamos mejorar?');
  });

  it('says "ya respondiste hoy" on a second visit the same day, and sends nothing', async () => {
    const store = memoryStore();
    const first = await mount(ATTRS, store);
    first.$('#yes')!.click();
    await first.settle();
    document.body.replaceChildren();
    const second = await mount(ATTRS, store);
    expect(second.text()).toContain('Ya respondiste hoy sobre esta página');
    expect(second.root.querySelector('button')).toBeNull();
  });

  it('blocks a comment longer than the limit with an error tied to the field', async () => {
    const { el, root, $, text, sent } = await mount(ATTRS);
    $('#no')!.click();
    await el.updateComplete;
    const comment = $<HTMLTextAreaElement>('#comment')!;
    comment.value = 'a'.repeat(510);
    comment.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($('[part="counter"]')?.textContent).toBe('Tienes 10 caracteres de más');
    $<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text()).toContain('Tu comentario debe tener como máximo 500 caracteres.');
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(comment.getAttribute('aria-describedby')).toContain('comment-error');
    expect(root.activeElement?.id).toBe('comment');
    expect(sent()).toHaveLength(0);
  });

  it('says honestly where an unsent answer waits: here only in memory, as IndexedDB is missing', async () => {
    const { $, settle, collector, text } = await mount(ATTRS);
    collector.mode = 'down';
    $('#yes')!.click();
    await settle();
    expect(text()).toContain('Aún no pudimos enviar tu respuesta; lo seguiremos intentando mientras esta página esté abierta.');
    expect(text()).not.toContain('aunque cierres la página');
  });

  it('says when the collector refuses the answer for good', async () => {
    const { $, settle, collector, text } = await mount(ATTRS);
    collector.mode = { status: 403, body: { error: { code: 'origin', message: 'origin not allowed', field: 'Origin' } } };
    $('#yes')!.click();
    await settle();
    expect(text()).toContain('No pudimos registrar tu respuesta.');
  });

  it('Cancel goes back to the question, focus on the button chosen, and a new choice starts afresh', async () => {
    const { el, root, $, settle, sent } = await mount(ATTRS);
    $('#no')!.click();
    await el.updateComplete;
    const box = root.querySelector<HTMLInputElement>('input[value="completa"]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>('button[part~="cancel-button"]')!.click();
    await settle();
    expect(root.activeElement?.id).toBe('no');
    expect(root.querySelector('form')).toBeNull();
    $('#no')!.click();
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('input[value="completa"]')!.checked).toBe(false);
    $<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    expect(sent()).toEqual([expect.objectContaining({ useful: false, reasons: [] })]);
  });

  it('shows the question again, saying so, when an answer given with Sí cannot be queued', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { el, $, settle, text } = await mount(ATTRS);
    el.delivery = Promise.reject(new Error('IndexedDB blocked'));
    $('#yes')!.click();
    await settle();
    expect(text()).toContain('No pudimos guardar tu respuesta. Inténtalo de nuevo.');
    expect($('#yes')?.getAttribute('aria-disabled')).toBe('false');
  });

  it('speaks English with lang="en"', async () => {
    const { el, $, text } = await mount({ ...ATTRS, lang: 'en' });
    expect(text()).toContain('Was this information useful?');
    $('#no')!.click();
    await el.updateComplete;
    expect(text()).toContain('I could not find it easily');
    expect(el.shadowRoot!.querySelector('[part~="container"]')?.getAttribute('lang')).toBe('en');
  });
});
