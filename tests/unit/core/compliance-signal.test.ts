import { describe, expect, it } from 'vitest';
import { createContext, DEFAULT_BUDGET } from '../../../core/context.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { PageSnapshot } from '../../../core/schemas/index.js';
import { complianceSignal } from '../../../core/signals/compliance.js';

const patternsOf = (body: string) => {
  const html = `<!doctype html><html lang="es"><head><title>Prueba</title></head><body><main><h1>Prueba</h1>${body}</main></body></html>`;
  const ctx = createContext(PageSnapshot.parse(snapshotFromHtml(html, { url: 'https://www.x.gob.mx/p', fetchedAt: '2026-01-01T00:00:00.000Z' })), DEFAULT_BUDGET);
  return ctx.use(complianceSignal).patterns.map((p) => p.id);
};

const links = (n: number, ext: string) => Array.from({ length: n }, (_, i) => `<li><a href="/archivo-${i}.${ext}">Archivo ${i}</a></li>`).join('');
const intro = `<p>${'Esta página explica con detalle el programa de apoyo, sus reglas y a quién beneficia en cada municipio del estado. '.repeat(8)}</p>`;

describe('compliance-only patterns: what is not one', () => {
  it('a bare list of PDF documents is a file listing', () => {
    expect(patternsOf(`<ul>${links(8, 'pdf')}</ul>`)).toContain('file-listing');
  });

  it('a photo gallery is not a list of documents', () => {
    expect(patternsOf(`<ul>${links(12, 'jpg')}</ul>`)).toEqual([]);
  });

  it('documents under an explanation of a hundred words or more are not a bare list', () => {
    expect(patternsOf(`${intro}<ul>${links(40, 'pdf')}</ul>`)).toEqual([]);
  });

  it('a note that no information was generated, on a page with content, is not a "no information" page', () => {
    expect(patternsOf(`${intro}<p>Nota: en el primer trimestre no se generó información.</p>`)).toEqual([]);
    expect(patternsOf('<p>No se generó información en este periodo.</p>')).toContain('no-information');
  });
});
