import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headCheck, headOne } from '../../../extension/resources/head-check.js';
import { httpFixture } from './http-fixture.js';

let server: Awaited<ReturnType<typeof httpFixture>>;
let concurrent = 0;
let maxConcurrent = 0;
const methods: string[] = [];

beforeAll(async () => {
  server = await httpFixture((req, res) => {
    methods.push(`${req.method} ${req.url}`);
    const path = req.url ?? '/';
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
    const result = await headCheck(urls, options, async (url) => url.startsWith('http://127.0.0.1'));
    expect(result.skipped).toBe(1);
    expect(result.unreachableOrigins).toEqual(['https://otro.example']);
    expect(result.resources).toHaveLength(6);
    expect(result.resources.every((r) => r.head?.ok)).toBe(true);
    expect(maxConcurrent).toBeLessThanOrEqual(2);
  });
  it('checks at most maxResources', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => server.url(`/slow/m${i}.pdf`));
    const result = await headCheck(urls, { ...options, maxResources: 2 }, async () => true);
    expect(result.resources).toHaveLength(2);
    expect(result.skipped).toBe(3);
  });
});
