/** `proactiva audit` with datasets and documents as inputs, and `proactiva catalogo`, run in-process over real files and loopback HTTP. */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditReport } from '../../../core/index.js';
import { CatalogueReport } from '../../../core/catalogue/index.js';
import { runCli, type CliIo } from '../../../core/node/cli.js';

const RES = resolve('tests/fixtures/resources');
const CAT = resolve('tests/fixtures/catalogue');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(String(chunk)), done()) });
  const io = { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) } as unknown as CliIo;
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const checkOf = (report: AuditReport, id: string) => report.criteria.flatMap((c) => c.checks).find((c) => c.id === id)!;

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/datos/solicitudes.csv') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(RES, 'html-served-as.csv')));
    } else if (req.url === '/descarga?id=7') {
      res.writeHead(200, { 'content-type': 'text/csv', 'last-modified': 'Wed, 30 Sep 2026 10:00:00 GMT' });
      res.end(readFileSync(join(RES, 'good.csv')));
    } else if (req.url === '/informe.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(readFileSync(join(RES, 'image-only.pdf')));
    } else if (req.url === '/photo') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end('\x89PNG');
    } else if (req.url === '/api/3/action/package_show?id=x') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(readFileSync(join(CAT, 'ckan-package-show.json')));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('proactiva audit with resources', () => {
  it('audits CSV, XLSX and PDF files next to each other, as JSON reports', async () => {
    const r = await cli(['audit', join(RES, 'latin1-semicolon.csv'), join(RES, 'merged-header.xlsx'), join(RES, 'tagged.pdf'), '--format', 'json']);
    expect(r.code).toBe(0);
    const reports = (JSON.parse(r.stdout) as unknown[]).map((x) => AuditReport.parse(x));
    expect(reports.map((x) => x.url.split('/').pop())).toEqual(['latin1-semicolon.csv', 'merged-header.xlsx', 'tagged.pdf']);
    expect(checkOf(reports[0]!, 'text-utf8').status).toBe('fail');
    expect(checkOf(reports[1]!, 'table-single-header').status).toBe('partial');
    expect(checkOf(reports[2]!, 'pdf-tagged').status).toBe('pass');
  });

  it('reads URLs: an HTML page served for a .csv, a CSV found by its Content-Type, a scanned PDF; refuses an image', async () => {
    const r = await cli(['audit', `${base}/datos/solicitudes.csv`, `${base}/descarga?id=7`, `${base}/informe.pdf`, `${base}/photo`, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not an HTML page (content-type: image/png)');
    const [html, csv, pdf] = (JSON.parse(r.stdout) as unknown[]).map((x) => AuditReport.parse(x));
    expect(checkOf(html!, 'resource-real-format').detail?.es).toContain('entrega una página HTML');
    expect(checkOf(csv!, 'table-single-header').status).toBe('pass');
    expect(checkOf(csv!, 'content-up-to-date').evidence.map((e) => e.value)).toContain('2026-09-30T10:00:00.000Z');
    expect(checkOf(pdf!, 'pdf-text-layer').status).toBe('fail');
  });

  it('caps bytes and rows from the command line and flags the report', async () => {
    const r = await cli(['audit', join(RES, 'good.csv'), '--max-resource-bytes', '100', '--max-rows', '1', '--format', 'json']);
    const report = AuditReport.parse(JSON.parse(r.stdout));
    expect(report.truncated).toBe(true);
    expect(report.truncation.join('|')).toMatch(/bytes: stopped at 100 of \d+/);
  });
});

describe('proactiva catalogo', () => {
  it('ranks a data.json in a table and prints what to fill first', async () => {
    const r = await cli(['catalogo', join(CAT, 'data.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\s+Solicitudes de información/m);
    expect(r.stdout).toContain('Qué llenar primero:');
  });

  it('reads a CKAN API URL as JSON; an unreadable input exits 1 with the reason', async () => {
    const r = await cli(['catalogo', `${base}/api/3/action/package_show?id=x`, join(RES, 'records.json'), '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a catalogue');
    const report = CatalogueReport.parse(JSON.parse(r.stdout));
    expect(report.format).toBe('ckan-package');
    expect(report.datasets[0]!.title).toBe('Presupuesto ejercido 2026');
  });
});
