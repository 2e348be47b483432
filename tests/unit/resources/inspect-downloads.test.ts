/** `--inspect-downloads`: a page's downloads are read over loopback HTTP and the page report uses what they really are. */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../core/index.js';
import { auditInput } from '../../../core/node/audit-input.js';

const RES = resolve('tests/fixtures/resources');
const PAGE = `<!doctype html><html lang="es-MX"><head><title>Solicitudes</title></head><body><main><h1>Solicitudes de información</h1>
<p><a href="/datos/solicitudes.csv">Datos en CSV</a> · <a href="/datos/informe.pdf">Informe (PDF)</a> · <a href="/datos/padron.csv">Padrón (CSV)</a></p></main></body></html>`;

let server: Server;
let base = '';
beforeAll(async () => {
  const files: Record<string, [string, Buffer]> = {
    '/datos/solicitudes.csv': ['text/csv', readFileSync(join(RES, 'html-served-as.csv'))],
    '/datos/informe.pdf': ['application/pdf', readFileSync(join(RES, 'image-only.pdf'))],
    '/datos/padron.csv': ['text/csv; charset=iso-8859-1', readFileSync(join(RES, 'latin1-semicolon.csv'))],
  };
  server = createServer((req, res) => {
    if (req.url === '/pagina') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
      return;
    }
    const file = files[req.url ?? ''];
    res.writeHead(file ? 200 : 404, file ? { 'content-type': file[0] } : {});
    res.end(file?.[1]);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const check = (report: AuditReport, id: string) => report.criteria.flatMap((c) => c.checks).find((c) => c.id === id)!;
const options = { head: false, timeoutMs: 10_000, maxBytes: 5_000_000 };

describe('--inspect-downloads', () => {
  it('is off by default: the page scores as before and the new check is not applicable', async () => {
    const plain = await auditInput(`${base}/pagina`, options);
    expect(check(plain, 'downloads-inspected').status).toBe('not-applicable');
    // Both CSV links still count as 3-star data when nobody reads them.
    expect(check(plain, 'openness-stars').evidence[0]?.value).toBe(3);
  });

  it('reads each download: HTML served as .csv loses its stars, findings appear under each link', async () => {
    const report = await auditInput(`${base}/pagina`, { ...options, inspectDownloads: true });
    const inspected = check(report, 'downloads-inspected');
    expect(inspected.status).not.toBe('not-applicable');
    const snippets = inspected.evidence.map((e) => e.snippet ?? '');
    expect(snippets.find((s) => s.includes('solicitudes.csv'))).toMatch(/HTML.*no es del formato anunciado/);
    expect(snippets.find((s) => s.includes('informe.pdf'))).toMatch(/0\/2 pág\. con texto.*escaneada/);
    expect(snippets.find((s) => s.includes('padron.csv'))).toMatch(/ISO-8859-1.*no está en UTF-8/);
    expect(inspected.evidence.every((e) => e.kind === 'element' && e.selector)).toBe(true);
    // The HTML "CSV" is no download any more; the Latin-1 CSV still is.
    const machine = check(report, 'machine-readable-download').evidence.map((e) => e.snippet);
    expect(machine).toEqual(['Padrón (CSV)']);
    expect(check(report, 'downloads-reachable').evidence.map((e) => e.snippet).join()).toContain('HTML (text/html) instead of .csv');
  });
});
