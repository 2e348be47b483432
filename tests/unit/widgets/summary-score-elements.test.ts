// @vitest-environment happy-dom
/**
 * <proactiva-summary> and <proactiva-score> in happy-dom with an injected fetch: every state
 * (loading, ready, no answers yet, unreachable, invalid) is text a screen reader can read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../widgets/score/index.js';
import type { ProactivaScore } from '../../../widgets/score/proactiva-score.js';
import '../../../widgets/summary/index.js';
import type { ProactivaSummary } from '../../../widgets/summary/proactiva-summary.js';
import { exampleReport } from './audit-report-fixture.js';

type Fetcher = typeof fetch;
const json = (body: unknown, status = 200): Fetcher => async () => new Response(JSON.stringify(body), { status });

async function mount<T extends ProactivaSummary | ProactivaScore>(tag: string, attrs: Record<string, string>, fetcher: Fetcher) {
  const el = document.createElement(tag) as T;
  el.fetcher = fetcher;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  // Done loading: the data and the validation chunk (imported beside the fetch) have both arrived.
  await vi.waitFor(
    async () => {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).toBeNull();
    },
    { timeout: 5_000 },
  );
  return { el, text: () => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const SUMMARY = {
  page: 'http://portal.test/datos/tarifas',
  total: 214,
  useful: 186,
  usefulRate: 186 / 214,
  reasons: [
    { reason: 'localizable', count: 12 },
    { reason: 'actualizada', count: 5 },
  ],
  updatedAt: '2026-03-10T12:00:00.000Z',
};

describe('<proactiva-summary>', () => {
  it('asks the collector for this page without query or fragment, and reads the result as text', async () => {
    const fetcher = vi.fn(json(SUMMARY));
    const { el, text } = await mount<ProactivaSummary>('proactiva-summary', { endpoint: 'http://collector.test/', page: 'http://portal.test/datos/tarifas?q=1#t' }, fetcher);
    expect(fetcher.mock.calls[0]?.[0]).toBe('http://collector.test/v1/summary?page=http%3A%2F%2Fportal.test%2Fdatos%2Ftarifas');
    expect(text()).toContain('87 % la encontró útil · 214 respuestas'); // the space before % is non-breaking; text() folds it
    expect(text()).toContain('No la encontraron fácilmente (12 menciones)');
    expect(el.shadowRoot!.querySelector('section')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says there are no answers yet', async () => {
    const { text } = await mount('proactiva-summary', { endpoint: 'http://collector.test' }, json({ ...SUMMARY, total: 0, useful: 0, usefulRate: null, reasons: [] }));
    expect(text()).toContain('Aún no hay respuestas sobre esta página.');
  });

  it('says the collector cannot be reached, without breaking the page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const down: Fetcher = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { text } = await mount('proactiva-summary', { endpoint: 'http://collector.test' }, down);
    expect(text()).toContain('No pudimos cargar las opiniones en este momento.');
    const { text: text500 } = await mount('proactiva-summary', { endpoint: 'http://collector.test' }, json({}, 503));
    expect(text500()).toContain('No pudimos cargar las opiniones');
  });

  it('treats an answer that is not a FeedbackSummary as an error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { text } = await mount('proactiva-summary', { endpoint: 'http://collector.test' }, json({ total: 'many' }));
    expect(text()).toContain('No pudimos cargar las opiniones');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('invalid summary'));
  });

  it('speaks English', async () => {
    const { text } = await mount('proactiva-summary', { endpoint: 'http://collector.test', lang: 'en' }, json(SUMMARY));
    expect(text()).toContain('87% found it useful · 214 answers');
  });
});

describe('<proactiva-score>', () => {
  const report = exampleReport();

  it('shows the score, the band from core and the date, and links the printable report', async () => {
    const { el, text } = await mount<ProactivaScore>('proactiva-score', { src: 'http://portal.test/r.json', 'report-url': '/reporte.html' }, json(report));
    const band = report.score === null ? null : report.score >= 90 ? 'Proactiva' : report.score >= 50 ? 'En desarrollo' : 'Insuficiente';
    expect(text()).toContain(`Transparencia proactiva ${Math.round(report.score!)} de 100`);
    expect(text()).toContain(`Nivel: ${band}`);
    expect(text()).toMatch(/Evaluada el \d{1,2} de \w+ de \d{4}/);
    expect(el.shadowRoot!.querySelector('a')?.getAttribute('href')).toMatch(/\/reporte\.html$/);
    expect(el.shadowRoot!.querySelector('[part="badge"]')?.getAttribute('data-band')).toBe(
      { Proactiva: 'proactiva', 'En desarrollo': 'en-desarrollo', Insuficiente: 'insuficiente' }[band!],
    );
  });

  it('picks the band by the core thresholds (0-49, 50-89, 90-100)', async () => {
    for (const [score, band] of [[49.4, 'insuficiente'], [50, 'en-desarrollo'], [89.9, 'en-desarrollo'], [90, 'proactiva']] as const) {
      const { el } = await mount<ProactivaScore>('proactiva-score', { src: 'http://portal.test/r.json', lang: 'en' }, json({ ...report, score }));
      expect(el.shadowRoot!.querySelector('[part="badge"]')?.getAttribute('data-band')).toBe(band);
    }
  });

  it('refuses a JSON that is not an AuditReport, saying so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const [bad, field] of [[{ ...report, score: 150 }, 'score'], [{ ...report, tool: { name: 'otra', version: '1' } }, 'tool'], [{ ...report, auditedAt: 'ayer' }, 'auditedAt']] as const) {
      const { text } = await mount('proactiva-score', { src: 'http://portal.test/r.json' }, json(bad));
      expect(text()).toContain('La evaluación de esta página no tiene un formato válido.');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(field));
    }
  });

  it('says when the report cannot be loaded', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { text } = await mount('proactiva-score', { src: 'http://portal.test/r.json' }, json({}, 404));
    expect(text()).toContain('No pudimos cargar la evaluación de esta página.');
  });
});
