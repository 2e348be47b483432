import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditReport } from '../../../core/index.js';
import { headCheck } from '../../../core/net/head-check.js';
import { parseHtml } from '../../../core/node/parse-html.js';
import { parseCsv } from './report-helpers.js';

const BIN = resolve('bin/proactiva.mjs');
const dir = mkdtempSync(join(tmpdir(), 'proactiva-cli-'));
const GOOD = '<!doctype html><html lang="es-MX"><head><title>Datos de salud</title></head><body><h1>Datos</h1><p>Texto de prueba.</p><a href="/d.csv">CSV</a><a href="/gone.xlsx">XLSX</a></body></html>';
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const good = file('salud.html', GOOD);
const other = file('otra.html', GOOD.replace('Datos de salud', 'Otra página'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const run = (args: string[]): Promise<Run> =>
  new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000, maxBuffer: 50 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });

let server: Server;
let base = '';
const HUGE = `<!doctype html><html lang="es"><head><title>Grande</title></head><body>${'<p>renglón de datos abiertos</p>'.repeat(80_000)}</body></html>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'last-modified': 'Tue, 01 Sep 2026 10:00:00 GMT' });
      res.end(GOOD);
    } else if (req.url === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from('<html lang="es"><head><title>Información pública</title></head><body></body></html>', 'latin1'));
    } else if (req.url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>');
      const timer = setTimeout(() => res.end('</body></html>'), 10_000);
      res.on('close', () => clearTimeout(timer));
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HUGE);
    } else if (req.url === '/doc.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else if (req.url === '/photo') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end('\x89PNG');
    } else if (req.url === '/d.csv') {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': '12', 'last-modified': 'Tue, 01 Sep 2026 10:00:00 GMT' });
      res.end(req.method === 'HEAD' ? undefined : 'a,b\n1,2\n3,4\n');
    } else if (req.url === '/no-head.json') {
      if (req.method === 'HEAD') {
        res.writeHead(405);
        res.end();
      } else {
        res.writeHead(req.headers.range ? 206 : 200, { 'content-type': 'application/json', 'content-range': 'bytes 0-0/500' });
        res.end('{');
      }
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>No encontrado</h1>');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
  rmSync(dir, { recursive: true, force: true });
});

describe('proactiva audit (files)', () => {
  it('audits a file and prints the summary table, exit 0', async () => {
    const r = await run(['audit', good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/página\s+calif\.\s+nivel\s+cobert\./);
    expect(r.stdout).toContain('salud.html');
    expect(r.stdout).toContain('actu');
    expect(r.stderr).toBe(''); // one page: no progress lines
  });

  it('prints a JSON report on stdout with --format json and no --out', async () => {
    const r = await run(['audit', good, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = AuditReport.parse(JSON.parse(r.stdout));
    expect(report.url).toMatch(/^file:\/\/.*salud\.html$/);
    expect(report.title).toBe('Datos de salud');
  });

  it('reports a file under --base-url', async () => {
    const r = await run(['audit', good, '--format', 'json', '--base-url', 'https://www.gob.mx/salud/']);
    expect(JSON.parse(r.stdout).url).toBe('https://www.gob.mx/salud/salud.html');
  });

  it('writes one file per page to --out (csv adds todas.csv), plain progress lines off a TTY', async () => {
    const out = join(dir, 'out-csv');
    const r = await run(['audit', good, other, '--format', 'csv', '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['otra.csv', 'salud.csv', 'todas.csv']);
    const rows = parseCsv(readFileSync(join(out, 'todas.csv'), 'utf8'));
    expect(rows[0]![1]).toBe('criterion id');
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(2);
    expect(r.stderr).toMatch(/^\[1\/2\] ok .*\n\[2\/2\] ok /);
    expect(r.stdout).toMatch(/page\s+score\s+band/);
  });

  it('cuts a file over --max-bytes and flags it; prints one HTML report on stdout', async () => {
    const big = file('grande.html', `<html lang="es"><head><title>Grande</title></head><body>${'<p>dato</p>'.repeat(20_000)}</body></html>`);
    const r = await run(['audit', big, '--format', 'json', '--max-bytes', '50000']);
    expect(r.code).toBe(0);
    const report = AuditReport.parse(JSON.parse(r.stdout));
    expect(report.truncated).toBe(true);
    expect(report.truncation[0]).toMatch(/^bytes: \d+ > 50000$/);
    const html = await run(['audit', good, '--format', 'html', '--lang', 'en']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it('writes printable HTML reports to --out', async () => {
    const out = join(dir, 'out-html');
    const r = await run(['audit', good, '--format', 'html', '--out', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(out, 'salud.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Documento de Recomendaciones');
  });

  it('exits 1 with the reason when a page cannot be read, and still audits the others', async () => {
    const r = await run(['audit', join(dir, 'no-existe.html'), good]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no se pudo leer .*no-existe\.html: file not found/);
    expect(r.stdout).toMatch(/salud\.html\s+\d+/);
    expect(r.stdout).toMatch(/no-existe\.html\s+error/);
  });

  it('applies a --profile and rejects an invalid one with exit 2', async () => {
    const profile = file('perfil.json', JSON.stringify({ id: 'solo-accesible', name: 'Sólo accesible', weights: { pertinente: 0 } }));
    const r = await run(['audit', good, '--format', 'json', '--profile', profile]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).profile.id).toBe('solo-accesible');
    const bad = file('malo.json', JSON.stringify({ id: '', weights: { inventado: 2 } }));
    const rb = await run(['audit', good, '--profile', bad]);
    expect(rb.code).toBe(2);
    expect(rb.stderr).toContain('--profile: invalid profile');
  }, 60_000);

  it('exits 2 on usage errors', async () => {
    // Each case is its own process; they run side by side so a loaded machine does not time the test out.
    const cases = [[], ['audit'], ['auditar', good], ['audit', good, '--format', 'xml'], ['audit', good, '--concurrency', '0'], ['audit', good, '--nope']];
    const [help, ...runs] = await Promise.all([run(['--help']), ...cases.map((args) => run(args))]);
    runs.forEach((r, i) => {
      expect(r.code, cases[i]!.join(' ')).toBe(2);
      expect(r.stderr).toContain('Uso / Usage');
    });
    expect(help!.code).toBe(0);
    expect(help!.stdout).toContain('--format json|csv|html');
  }, 60_000);
});

describe('proactiva audit (URLs)', () => {
  it('fetches a page and records HTTP metadata', async () => {
    const r = await run(['audit', `${base}/ok`, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = AuditReport.parse(JSON.parse(r.stdout));
    expect(report.url).toBe(`${base}/ok`);
    expect(report.truncated).toBe(false);
  });

  it('decodes the charset the server declares', async () => {
    const r = await run(['audit', `${base}/latin1`, '--format', 'json']);
    expect(JSON.parse(r.stdout).title).toBe('Información pública');
  });

  it('gives up on a slow server after --timeout, exit 1 with the reason', async () => {
    const started = Date.now();
    const r = await run(['audit', `${base}/slow`, '--timeout', '500']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('timed out after 500 ms');
    expect(Date.now() - started).toBeLessThan(9_000);
  });

  it('stops a huge page at --max-bytes and flags the report truncated', async () => {
    const r = await run(['audit', `${base}/huge`, '--format', 'json', '--max-bytes', '100000']);
    expect(r.code).toBe(0);
    const report = AuditReport.parse(JSON.parse(r.stdout));
    expect(report.truncated).toBe(true);
    expect(report.truncation.join()).toContain('download stopped at 100000');
  });

  it('refuses content that is neither a page nor a resource, and HTTP errors (exit 1), reading the rest', async () => {
    const r = await run(['audit', `${base}/photo`, `${base}/missing`, `${base}/ok`, '-c', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not an HTML page (content-type: image/png)');
    expect(r.stderr).toContain('HTTP 404');
    expect(r.stdout).toMatch(/\/ok\s+\d+/);
  });

  it('HEADs the downloads with --head (headCheck fills the resources)', async () => {
    const { document } = parseHtml(GOOD);
    const resources = await headCheck(document, `${base}/ok`, { concurrency: 2, timeoutMs: 2_000 });
    expect(resources.map((r) => r.url)).toEqual([`${base}/d.csv`, `${base}/gone.xlsx`]);
    expect(resources[0]!.head).toMatchObject({ status: 200, ok: true, contentType: 'text/csv', size: 12 });
    expect(resources[1]!.head).toMatchObject({ status: 404, ok: false });
    const fallback = await headCheck(parseHtml('<a href="/no-head.json">JSON</a><a href="javascript:x.csv">x</a><a href="/page">html</a>').document, `${base}/`);
    expect(fallback).toEqual([{ url: `${base}/no-head.json`, head: { status: 206, ok: true, contentType: 'application/json', size: 500 } }]);
    const r = await run(['audit', `${base}/ok`, '--head']);
    expect(r.code).toBe(0);
  });
});
