import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHtml } from '../../../extension/batch/fetch-html.js';
import { httpFixture } from './http-fixture.js';

let server: Awaited<ReturnType<typeof httpFixture>>;
const cookies: (string | undefined)[] = [];

beforeAll(async () => {
  server = await httpFixture((req, res) => {
    cookies.push(req.headers.cookie);
    if (req.url === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1', 'last-modified': 'Sun, 01 Mar 2026 12:00:00 GMT', 'set-cookie': 'a=b' });
      return res.end(Buffer.from('<title>Información pública</title>', 'latin1'));
    }
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<p>' + 'x'.repeat(50_000) + '</p>');
    }
    if (req.url === '/csv') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      return res.end('a,b');
    }
    if (req.url === '/hang') return;
    res.writeHead(500, { 'content-type': 'text/html' });
    res.end('boom');
  });
});
afterAll(() => server.close());

describe('fetchHtml', () => {
  it('decodes the declared charset and keeps useful headers only', async () => {
    const page = await fetchHtml(server.url('/latin1'), { timeoutMs: 2_000, maxBytes: 1_000_000 });
    expect(page.html).toContain('Información pública');
    expect(page.http).toMatchObject({ status: 200, lastModified: 'Sun, 01 Mar 2026 12:00:00 GMT' });
    expect(page.http.headers['set-cookie']).toBeUndefined();
    expect(page.truncatedInput).toEqual([]);
  });
  it('stops reading at the byte cap and says so', async () => {
    const page = await fetchHtml(server.url('/big'), { timeoutMs: 2_000, maxBytes: 10_000 });
    expect(page.html.length).toBe(10_000);
    expect(page.truncatedInput).toEqual(['bytes: download stopped at 10000']);
  });
  it('refuses non-HTML, HTTP errors and pages that never answer', async () => {
    await expect(fetchHtml(server.url('/csv'), { timeoutMs: 2_000, maxBytes: 1_000 })).rejects.toThrow(/not an HTML page/);
    await expect(fetchHtml(server.url('/500'), { timeoutMs: 2_000, maxBytes: 1_000 })).rejects.toThrow('HTTP 500');
    await expect(fetchHtml(server.url('/hang'), { timeoutMs: 200, maxBytes: 1_000 })).rejects.toThrow('timed out after 200 ms');
  });
  it('sends no cookies', () => {
    expect(cookies.every((c) => c === undefined)).toBe(true);
  });
});
