/**
 * Usefulness as open data (issue 11, item 4), over real HTTP on every engine: per site, answers
 * per page and month as CSV and JSON with a Frictionless datapackage.json, no credentials, CORS
 * open, cached; counts under k suppressed (tested at k−1 and k), comments never published. The
 * files are checked against the published Table Schema by tests/support/table-schema.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenUsefulnessRow, SitesFile } from '../../../core/schemas/index.js';
import { checkDescriptor, checkRows, type DataPackage } from '../../support/table-schema.js';
import { ENGINES, json, ORIGIN, record, siteFixture, startTestCollector, type TestCollector } from './harness.js';

const SECRET = 'Comentario privado que nunca se publica';

describe.each(ENGINES)('open data on %s', (engine) => {
  let collector: TestCollector;
  const site = siteFixture('agua-estado');
  const small = { ...siteFixture('salud-estado'), openDataK: 3 };
  const page = (name: string) => `${ORIGIN}/datos/${name}`;
  const at = (month: string) => `${month}-15T12:00:00.000Z`;

  beforeAll(async () => {
    collector = await startTestCollector(engine);
    await collector.store.registerSite(site);
    await collector.store.registerSite(small);
    const add = async (s: string, p: string, month: string, useful: boolean, reasons: string[] = [], comment?: string) =>
      collector.store.insertFeedback(record({ site: s, page: page(p), createdAt: at(month), useful, reasons: reasons as never, ...(comment ? { comment } : {}) }));
    // k − 1 = 4 answers: nothing published for that page-month.
    for (let i = 0; i < 4; i++) await add(site.id, 'k-menos-uno', '2026-03', true, [], SECRET);
    // k = 5 answers, all useful: published, with zeros.
    for (let i = 0; i < 5; i++) await add(site.id, 'k', '2026-03', true);
    // 7 answers, 4 useful and 3 not: the split would reveal fewer than k, so both are suppressed.
    for (let i = 0; i < 4; i++) await add(site.id, 'mixta', '2026-04', true);
    for (let i = 0; i < 3; i++) await add(site.id, 'mixta', '2026-04', false, ['completa']);
    // 10 answers, 5 and 5; reasons: completa 5 (published), actualizada 4 (suppressed).
    for (let i = 0; i < 5; i++) await add(site.id, 'diez', '2026-04', true);
    for (let i = 0; i < 5; i++) await add(site.id, 'diez', '2026-04', false, i < 4 ? ['completa', 'actualizada'] : ['completa'], SECRET);
    // Same page, another month: its own row.
    for (let i = 0; i < 2; i++) await add(site.id, 'diez', '2026-05', false);
    // The other site publishes with k = 3.
    for (let i = 0; i < 3; i++) await add(small.id, 'tres', '2026-04', false, ['accesible']);
  });
  afterAll(async () => {
    await collector?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${collector.url}/v1/open-data/${path}`, { headers });
  const zeros = { motivo_pertinente: 0, motivo_actualizada: 0, motivo_confiable: 0, motivo_completa: 0, motivo_formatos_abiertos: 0, motivo_comprensible: 0, motivo_accesible: 0, motivo_localizable: 0 };
  const nulls = Object.fromEntries(Object.keys(zeros).map((k) => [k, null]));

  it('publishes per page and month with k-suppression: k−1 suppressed, k published', async () => {
    const response = await get(`${site.id}/utilidad.json`);
    expect(response.status).toBe(200);
    const rows = OpenUsefulnessRow.array().parse(await json(response));
    const row = (p: string, mes: string) => rows.find((r) => r.pagina === page(p) && r.mes === mes);
    expect(row('k-menos-uno', '2026-03')).toEqual({ sitio: site.id, pagina: page('k-menos-uno'), mes: '2026-03', respuestas: null, utiles: null, no_utiles: null, ...nulls });
    expect(row('k', '2026-03')).toEqual({ sitio: site.id, pagina: page('k'), mes: '2026-03', respuestas: 5, utiles: 5, no_utiles: 0, ...zeros });
    expect(row('mixta', '2026-04')).toMatchObject({ respuestas: 7, utiles: null, no_utiles: null, motivo_completa: null, motivo_actualizada: 0 });
    expect(row('diez', '2026-04')).toEqual({ sitio: site.id, pagina: page('diez'), mes: '2026-04', respuestas: 10, utiles: 5, no_utiles: 5, ...zeros, motivo_completa: 5, motivo_actualizada: null });
    expect(row('diez', '2026-05')).toMatchObject({ respuestas: null });
    expect(rows.map((r) => `${r.pagina} ${r.mes}`)).toEqual([...rows.map((r) => `${r.pagina} ${r.mes}`)].sort());
    expect(rows.every((r) => r.sitio === site.id)).toBe(true);
  });

  it('uses each site’s own k', async () => {
    const rows = OpenUsefulnessRow.array().parse(await json(await get(`${small.id}/utilidad.json`)));
    expect(rows).toEqual([{ sitio: small.id, pagina: page('tres'), mes: '2026-04', respuestas: 3, utiles: 0, no_utiles: 3, ...zeros, motivo_accesible: 3 }]);
  });

  it('never publishes a comment, in either file', async () => {
    for (const file of ['utilidad.json', 'utilidad.csv', 'datapackage.json']) {
      expect(await (await get(`${site.id}/${file}`)).text()).not.toContain('privado');
    }
  });

  it('the CSV and JSON files validate against their datapackage.json and say the same', async () => {
    const response = await get(`${site.id}/datapackage.json`);
    expect(response.status).toBe(200);
    const pkg = (await json(response)) as DataPackage & { proactiva: { k: number }; description: string };
    expect(checkDescriptor(pkg)).toEqual([]);
    expect(pkg.proactiva.k).toBe(5);
    expect(pkg.description).toContain('k = 5');
    expect(pkg.resources.map((r) => [r.name, r.path, r.format])).toEqual([
      ['utilidad-csv', 'utilidad.csv', 'csv'],
      ['utilidad-json', 'utilidad.json', 'json'],
    ]);
    const checked = [];
    for (const resource of pkg.resources) {
      // Paths are relative to the descriptor's own URL.
      const file = await fetch(new URL(resource.path, `${collector.url}/v1/open-data/${site.id}/datapackage.json`));
      expect(file.status).toBe(200);
      const result = resource.format === 'csv' ? checkRows(resource.schema!, { csv: await file.text() }) : checkRows(resource.schema!, { json: await file.json() });
      expect(result.problems, resource.name).toEqual([]);
      expect(result.rows.length).toBe(5);
      checked.push(result.rows);
    }
    expect(checked[0]).toEqual(checked[1]);
  });

  it('the checker fails on rows that break the schema', async () => {
    const pkg = (await json(await get(`${site.id}/datapackage.json`))) as DataPackage;
    const schema = pkg.resources[0]!.schema!;
    const good = OpenUsefulnessRow.parse({ sitio: site.id, pagina: page('x'), mes: '2026-03', respuestas: 5, utiles: 5, no_utiles: 0, ...zeros });
    expect(checkRows(schema, { json: [good] }).problems).toEqual([]);
    const bad = [{ ...good, mes: '2026-13' }, { ...good, respuestas: -1 }, { ...good, utiles: 2.5 }, { ...good, sitio: null }, { ...good, pagina: 'sin esquema' }, { ...good, comentario: 'x' }, good];
    const problems = checkRows(schema, { json: bad }).problems;
    for (const text of ['row 1, mes', 'row 2, respuestas: below 0', 'row 3, utiles: not an integer', 'row 4, sitio: required', 'row 5, pagina: not a URI', 'row 6: comentario is not a field', 'row 7: primary key']) {
      expect(problems.join('\n')).toContain(text);
    }
    const csv = 'sitio,pagina\r\nagua,https://x.mx/a\r\n';
    expect(checkRows(schema, { csv }).problems[0]).toMatch(/CSV header/);
    expect(checkDescriptor({ name: 'Con Mayúsculas', resources: [] })).toHaveLength(2);
    // datetime and enum, as the campaign export declares them.
    const dated = { fields: [{ name: 'cuando', type: 'datetime' }, { name: 'ambito', type: 'string', constraints: { enum: ['federal', 'estatal'] } }] };
    expect(checkRows(dated, { csv: 'cuando,ambito\r\n2026-11-30T16:00:00.000Z,federal\r\n' }).problems).toEqual([]);
    const wrong = checkRows(dated, { csv: 'cuando,ambito\r\n2026-11-30 16:00,municipal\r\n' }).problems.join('\n');
    expect(wrong).toContain('cuando: not a datetime');
    expect(wrong).toContain('"municipal" is not one of federal, estatal');
  });

  it('is public: no token, CORS for any origin, cacheable; unknown sites are 404', async () => {
    for (const file of ['datapackage.json', 'utilidad.json', 'utilidad.csv']) {
      const response = await get(`${site.id}/${file}`, { origin: 'https://periodista.example.org' });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    }
    expect((await get(`${site.id}/utilidad.csv`)).headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect((await get('nadie-aqui/utilidad.json')).status).toBe(404);
    expect((await get('..%2Fetc/utilidad.json')).status).toBe(404);
  });

  it('takes k from the sites file, validated: at least 2, 5 when absent', () => {
    const base = { id: 'agua', name: 'Agua', origins: [ORIGIN], publicKey: site.publicKey, token: site.token };
    expect(SitesFile.parse({ sites: [base] }).sites[0]!.openDataK).toBe(5);
    expect(SitesFile.parse({ sites: [{ ...base, openDataK: 10 }] }).sites[0]!.openDataK).toBe(10);
    for (const openDataK of [1, 0, 2.5, '5']) expect(SitesFile.safeParse({ sites: [{ ...base, openDataK }] }).success, String(openDataK)).toBe(false);
  });
});
