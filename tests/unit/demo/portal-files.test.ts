import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CHROME_PAGES, PAGES, pageFile, SITES } from '../../../demo/portal/catalog.js';
import { datasets } from '../../../demo/portal/tools/datasets.js';
import { documents } from '../../../demo/portal/tools/documents.js';
import { parseCsv } from '../../support/csv.js';

const portal = join(import.meta.dirname, '../../../demo/portal');
const htmlFiles = [...PAGES.map(pageFile), ...CHROME_PAGES];


/** Where a local href lands on the demo server: a file under demo/portal/, or a route served from elsewhere. */
function target(fromFile: string, href: string): { file: string } | { route: string } {
  const base = new URL(`http://demo.local/${fromFile.replace(/\.html$/, '')}`);
  const url = new URL(href, base);
  const path = decodeURIComponent(url.pathname).replace(/^\//, '');
  if (path.startsWith('widgets/')) return { route: path };
  if (/^[a-z]+\/reportes\/[a-z0-9-]+\.(json|html)$/.test(path)) return { route: path };
  if (path === '' || path.endsWith('/')) return { file: `${path}index.html` };
  if (/\.[a-z0-9]+$/i.test(path)) return { file: path };
  return { file: `${path}.html` };
}

describe('demo portal files', () => {
  it('every page and chrome page exists', () => {
    for (const file of htmlFiles) expect(existsSync(join(portal, file)), file).toBe(true);
  });

  it.each(htmlFiles)('%s: every local link and resource resolves', (file) => {
    const { document } = parseHTML(readFileSync(join(portal, file), 'utf8'));
    const refs = [
      ...Array.from(document.querySelectorAll('a[href], link[href]')).map((el) => el.getAttribute('href')!),
      ...Array.from(document.querySelectorAll('script[src], proactiva-score[src]')).map((el) => el.getAttribute('src')!),
      ...Array.from(document.querySelectorAll('proactiva-score[report-url]')).map((el) => el.getAttribute('report-url')!),
      ...Array.from(document.querySelectorAll('proactiva-feedback[privacy-url]')).map((el) => el.getAttribute('privacy-url')!),
    ].filter((href) => !/^(https?:|mailto:|#)/.test(href));
    expect(refs.length).toBeGreaterThan(0);
    for (const href of refs) {
      const where = target(file, href);
      if ('file' in where) expect(existsSync(join(portal, where.file)), `${file} → ${href}`).toBe(true);
      else expect(where.route, `${file} → ${href}`).toMatch(/^(widgets\/proactiva-widgets\.js|(agua|salud)\/reportes\/[a-z0-9-]+\.(json|html))$/);
    }
  });

  it('every audited page embeds the three widgets with its canonical URL and an existing privacy notice', () => {
    for (const p of PAGES) {
      const { document } = parseHTML(readFileSync(join(portal, pageFile(p)), 'utf8'));
      const feedback = document.querySelector('proactiva-feedback')!;
      expect(feedback, pageFile(p)).not.toBeNull();
      expect(feedback.getAttribute('site')).toBe(p.site.id);
      expect(feedback.getAttribute('site-key')).toBe(p.site.publicKey);
      expect(feedback.getAttribute('page')).toBe(`${p.site.host}/${p.slug}`);
      expect(existsSync(join(portal, p.site.folder, `${feedback.getAttribute('privacy-url')}.html`))).toBe(true);
      expect(document.querySelector('proactiva-summary')?.getAttribute('page')).toBe(`${p.site.host}/${p.slug}`);
      expect(document.querySelector('proactiva-score')?.getAttribute('src')).toBe(`reportes/${p.slug}.json`);
      expect(document.querySelector('proactiva-score')?.getAttribute('report-url')).toBe(`reportes/${p.slug}.html`);
      expect(document.documentElement.getAttribute('lang')).toBe('es-MX');
    }
  });

  it('every JSON distribution holds the same rows as its CSV, and dictionaries list every column', () => {
    for (const set of datasets().filter((s) => !s.legacyExport)) {
      const csv = parseCsv(readFileSync(join(portal, `${set.file}.csv`), 'utf8'));
      const header = csv[0]!;
      expect(header).toEqual(set.fields.map((f) => f.name));
      expect(csv.length - 1).toBe(set.rows.length);
      if (set.json) {
        const json = JSON.parse(readFileSync(join(portal, `${set.file}.json`), 'utf8')) as { datos: Record<string, unknown>[] };
        expect(json.datos.map((r) => header.map((h) => String(r[h])))).toEqual(csv.slice(1));
      }
      if (set.dictionary) {
        const dict = parseCsv(readFileSync(join(portal, `${set.dictionary}.csv`), 'utf8'));
        expect(dict.slice(1).map((r) => r[0])).toEqual(header);
      }
    }
  });

  it('the broken CSV is the legacy export: Latin-1, «;», a title line above the header, a short TOTAL line', () => {
    const legacy = datasets().filter((s) => s.legacyExport);
    expect(legacy.map((s) => s.file)).toEqual(['agua/datos/tarifas-2025']);
    const bytes = readFileSync(join(portal, `${legacy[0]!.file}.csv`));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const lines = new TextDecoder('latin1').decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe('TARIFAS DE AGUA POTABLE 2025');
    expect(lines[1]!.split(';')).toEqual(legacy[0]!.fields.map((f) => f.name));
    expect(lines.length).toBe(legacy[0]!.rows.length + 3);
    expect(lines.at(-1)).toBe(`TOTAL;${legacy[0]!.rows.length} registros`);
  });

  it('the scanned PDF is complete and only pictures: no fonts, no text operators', () => {
    const scanned = documents().filter((d) => d.scanned);
    expect(scanned.map((d) => d.file)).toEqual(['salud/documentos/reglamento-interior.pdf']);
    const text = readFileSync(join(portal, scanned[0]!.file)).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text.slice(Number(/startxref\n(\d+)/.exec(text)?.[1]), Number(/startxref\n(\d+)/.exec(text)?.[1]) + 4)).toBe('xref');
    expect(text).toContain('/Subtype /Image');
    expect(text).not.toMatch(/\/Font|\bBT\b/);
  });

  it('every PDF is a complete PDF file with its text', () => {
    for (const doc of documents().filter((d) => !d.scanned)) {
      const bytes = readFileSync(join(portal, doc.file));
      const text = bytes.toString('latin1');
      expect(text.startsWith('%PDF-1.4'), doc.file).toBe(true);
      expect(text.trimEnd().endsWith('%%EOF'), doc.file).toBe(true);
      const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
      expect(text.slice(xref, xref + 4)).toBe('xref');
      expect(text).toContain(doc.lines[0]!.replace(/[()\\]/g, (c) => `\\${c}`));
    }
  });

  it('has no stray files: every data file is listed by the generators', () => {
    const listed = new Set([
      ...datasets().flatMap((s) => [`${s.file}.csv`, ...(s.json ? [`${s.file}.json`] : []), ...(s.dictionary ? [`${s.dictionary}.csv`] : [])]),
      ...documents().map((d) => d.file),
    ]);
    for (const site of Object.values(SITES)) {
      for (const folder of ['datos', 'documentos']) {
        const dir = join(portal, site.folder, folder);
        for (const name of readdirSync(dir)) {
          const rel = relative(portal, join(dir, name));
          expect(statSync(join(dir, name)).isFile()).toBe(true);
          expect(listed.has(rel), rel).toBe(true);
        }
      }
    }
  });
});
