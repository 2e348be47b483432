import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headCheck, headOne } from '../../../extension/resources/head-check.js';
import { lazyInspect } from '../../../extension/resources/lazy-inspect.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { httpFixture } from './http-fixture.js';

const RES = resolve('tests/fixtures/resources');
const FILES: Record<string, [string, Buffer]> = {
  '/datos/bueno.csv': ['text/csv', readFileSync(resolve(RES, 'good.csv'))],
  '/datos/falso.csv': ['text/csv', readFileSync(resolve(RES, 'html-served-as.csv'))],
  '/datos/escaneado.pdf': ['application/pdf', readFileSync(resolve(RES, 'image-only.pdf'))],
};
const cookies: (string | undefined)[] = [];

let server: Awaited<ReturnType<typeof httpFixture>>;
let concurrent = 0;
let maxConcurrent = 0;
const methods: string[] = [];

beforeAll(async () => {
  server = await httpFixture((req, res) => {
    methods.push(`${req.method} ${req.url}`);
    const path = req.url ?? '/';
    const file = FILES[path];
    if (file) {
      cookies.push(req.headers.cookie);
      res.writeHead(200, { 'content-type': file[0] });
      return res.end(req.method === 'HEAD' ? undefined : file[1]);
    }
    if (path === '/datos.csv') {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': '1234', 'last-modified': 'Sun, 01 Mar 2026 12:00:00 GMT' });
      return res.end();
    }
    if (path === '/no-head.xlsx') {
      if (req.method === 'HEAD') {
        res.writeHead(405);
        return res.end();
      }
      res.writeHead(206, { 'content-type': 'application/vnd.ms-excel', 'content-range': 'bytes 0-0/98765' });
      return res.end('x');
    }
    if (path === '/lento.pdf') return void setTimeout(() => res.end(), 2_000);
    if (path.startsWith('/slow/')) {
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      return void setTimeout(() => {
        concurrent--;
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end();
      }, 30);
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('no');
  });
});
afterAll(() => server.close());

const options = { enabled: true, concurrency: 2, timeoutMs: 1_000, maxResources: 30, inspect: false };

describe('headOne', () => {
  it('reads status, type, size and Last-Modified', async () => {
    expect(await headOne(server.url('/datos.csv'), 1_000)).toEqual({
      status: 200,
      ok: true,
      contentType: 'text/csv',
      size: 1234,
      lastModified: 'Sun, 01 Mar 2026 12:00:00 GMT',
    });
  });
  it('falls back to a one-byte GET when HEAD is refused', async () => {
    expect(await headOne(server.url('/no-head.xlsx'), 1_000)).toMatchObject({ status: 206, ok: true, size: 98765 });
    expect(methods).toContain('GET /no-head.xlsx');
  });
  it('reports broken links and timeouts without throwing', async () => {
    expect(await headOne(server.url('/roto.csv'), 1_000)).toMatchObject({ status: 404, ok: false });
    expect(await headOne(server.url('/lento.pdf'), 200)).toEqual({ status: 0, ok: false, error: 'timed out after 200 ms' });
  });
});

describe('headCheck', () => {
  it('skips hosts it may not reach and bounds concurrency', async () => {
    const urls = [...Array.from({ length: 6 }, (_, i) => server.url(`/slow/${i}.pdf`)), 'https://otro.example/x.csv'];
    const result = await headCheck(urls, options, async (url) => url.startsWith('http://127.0.0.1'), null);
    expect(result.skipped).toBe(1);
    expect(result.unreachableOrigins).toEqual(['https://otro.example']);
    expect(result.resources).toHaveLength(6);
    expect(result.resources.every((r) => r.head?.ok)).toBe(true);
    expect(maxConcurrent).toBeLessThanOrEqual(2);
  });
  it('checks at most maxResources', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => server.url(`/slow/m${i}.pdf`));
    const result = await headCheck(urls, { ...options, maxResources: 2 }, async () => true, null);
    expect(result.resources).toHaveLength(2);
    expect(result.skipped).toBe(3);
  });
});

describe('headCheck with «Inspeccionar descargas»', () => {
  it('reads each reachable file and reports what it really is', async () => {
    const urls = ['/datos/bueno.csv', '/datos/falso.csv', '/datos/escaneado.pdf'].map((p) => server.url(p));
    const result = await headCheck([...urls, 'https://otro.example/x.csv'], { ...options, inspect: true, timeoutMs: 5_000 }, async (url) => url.startsWith('http://127.0.0.1'), lazyInspect);
    expect(result.skipped).toBe(1);
    const [good, fake, scanned] = result.resources;
    expect(good?.inspection).toMatchObject({ kind: 'csv', usable: true });
    expect(good?.head).toMatchObject({ ok: true, contentType: 'text/csv' });
    // The .csv link that serves HTML is HTML for the page's openness checks, and unusable.
    expect(fake?.inspection).toMatchObject({ kind: 'html', declared: 'csv', usable: false, stars: 0 });
    expect(fake?.head?.contentType).toBe('text/html');
    expect(scanned?.inspection?.kind).toBe('pdf');
    expect(scanned?.inspection?.findings.map((f) => f.checkId)).toContain('pdf-text-layer');
    expect(methods).toContain('GET /datos/falso.csv');
    expect(cookies.every((c) => c === undefined)).toBe(true);
  });
  it('keeps HEAD requests only when inspection is off', async () => {
    methods.length = 0;
    await headCheck([server.url('/datos/bueno.csv')], options, async () => true, lazyInspect);
    expect(methods).toEqual(['HEAD /datos/bueno.csv']);
  });
});
