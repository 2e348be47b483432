import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../core/node/parse-html.js';

/** linkedom makes the first element the root; the adapter must hand checks a browser-shaped document. */
describe('parseHtml gives every input an <html> root with <head> and <body>', () => {
  it.each([
    ['<![CDATA['],
    ['texto suelto'],
    ['<p>solo un párrafo</p>'],
    ['<!-- nada -->'],
    ['<div>a</div><html><body>b</body></html>'],
  ])('%j', (html) => {
    const doc = parseHtml(html).document;
    expect(doc.documentElement?.tagName).toBe('HTML');
    expect(doc.head?.tagName).toBe('HEAD');
    expect(doc.body?.tagName).toBe('BODY');
  });

  it('puts leading head elements in <head> and content in <body>, keeping the root attributes', () => {
    const doc = parseHtml('<html lang="es-MX"><title>Tarifas</title><meta name="description" content="d"><p>Cuerpo sin etiqueta body</p></html>').document;
    expect(doc.documentElement.getAttribute('lang')).toBe('es-MX');
    expect(doc.title).toBe('Tarifas');
    expect(doc.head.querySelector('meta[name="description"]')).not.toBeNull();
    expect(doc.body.textContent).toContain('Cuerpo sin etiqueta body');
  });

  it('leaves a well-formed page as it is', () => {
    const doc = parseHtml('<!doctype html><html lang="es"><head><title>T</title></head><body><main><p>Hola</p></main></body></html>').document;
    expect(doc.querySelector('main p')?.textContent).toBe('Hola');
  });
});
