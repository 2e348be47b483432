import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../core/report/index.js';
import { hostileReport, realReport } from './report-helpers.js';

const dom = (html: string) => parseHTML(html).document;

describe('toHtml', () => {
  it('escapes every hostile page string: no script, no event handler, no script URL', () => {
    const html = toHtml(hostileReport());
    const doc = dom(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
    for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
      expect(a.getAttribute('href')).toMatch(/^(https?:|#)/);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('javascript:alert(6)'); // shown as text…
    expect(doc.querySelector('a[href^="javascript"]')).toBeNull(); // …never as a link
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
  });

  it('contains the whole Documento de Recomendaciones', () => {
    const report = hostileReport();
    const doc = dom(toHtml(report));
    const text = doc.body.textContent ?? '';
    expect(doc.documentElement.getAttribute('lang')).toBe('es-MX');
    expect(doc.querySelector('h1')!.textContent).toBe('Documento de Recomendaciones');
    expect(doc.querySelectorAll('section[aria-labelledby^="crit-"]')).toHaveLength(10);
    for (const c of report.criteria) expect(doc.getElementById(`crit-${c.id}`)).not.toBeNull();
    expect(text).toContain('Calidad de la información');
    expect(text).toContain('Proactividad');
    expect(text).toContain('Cobertura');
    expect(text).toContain('Evaluación parcial');
    expect(text).toContain('Hacer echo-title');
    expect(text).toContain('Porque formula-cell');
    expect(text).toContain('LGTAIP 2015, art. 3');
    expect(text).toContain('¿Pregunta ask-demand?');
    expect(text).toContain('Parcialmente');
    expect(text).toContain('"><img src=x onerror=alert(2)>'); // the note, as text
    expect(text).toContain(`proactiva ${report.tool.version}`);
    const recs = doc.querySelectorAll('ol.recommendations > li');
    expect(recs).toHaveLength(report.recommendations.length);
    expect(recs.length).toBeGreaterThan(0);
    const css = doc.querySelector('style')!.textContent ?? '';
    expect(css).toContain('@media print');
  });

  it('lists recommendations by priority, highest first', () => {
    const report = hostileReport();
    const doc = dom(toHtml(report));
    const shown = Array.from(doc.querySelectorAll('ol.recommendations > li h4')).map((h) => h.textContent);
    const expected = [...report.recommendations].sort((a, b) => b.priority - a.priority).map((r) => r.title.es);
    expect(shown).toEqual(expected);
  });

  it('renders in English with locale en', () => {
    const doc = dom(toHtml(realReport(), { locale: 'en' }));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')!.textContent).toBe('Recommendations Document');
    expect(doc.body.textContent).toContain('Information quality');
    expect(doc.body.textContent).not.toContain('Evaluación parcial');
  });
});
