import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../core/node/parse-html.js';
import { CrawlQueue, isPageUrl, normalizePageUrl, pageLinks } from '../../../extension/batch/crawl-queue.js';

const limits = { maxPages: 10, maxDepth: 2 };

describe('normalizePageUrl', () => {
  it('keeps http(s) pages without fragment or credentials', () => {
    expect(normalizePageUrl('https://user:pw@Portal.gob.mx:443/datos?a=1#x')).toBe('https://portal.gob.mx/datos?a=1');
    expect(normalizePageUrl('../b.html', 'http://a.mx/x/y/z.html')).toBe('http://a.mx/x/b.html');
  });
  it('refuses other schemes and garbage', () => {
    expect(normalizePageUrl('javascript:alert(1)')).toBeNull();
    expect(normalizePageUrl('mailto:a@b.mx')).toBeNull();
    expect(normalizePageUrl('not a url')).toBeNull();
  });
  it('tells pages from files', () => {
    expect(isPageUrl('https://a.mx/datos.csv')).toBe(false);
    expect(isPageUrl('https://a.mx/INFORME.PDF')).toBe(false);
    expect(isPageUrl('https://a.mx/datos')).toBe(true);
    expect(isPageUrl('https://a.mx/datos.html')).toBe(true);
  });
});

describe('CrawlQueue.fromList', () => {
  it('deduplicates, rejects invalid and non-http inputs, and caps at maxPages', () => {
    const { queue, rejected } = CrawlQueue.fromList(
      ['https://a.mx/1', ' https://a.mx/1#frag ', 'ftp://a.mx/x', 'nope', '', ...Array.from({ length: 12 }, (_, i) => `https://b.mx/${i}`)],
      limits,
    );
    expect(rejected.map((r) => r.reason)).toEqual(['duplicate', 'not-http', 'invalid', 'limit', 'limit', 'limit']);
    expect(queue.total).toBe(10);
    const first = queue.next();
    expect(first).toEqual({ url: 'https://a.mx/1', depth: 0 });
    // A list never follows links.
    expect(queue.discover(first!, ['https://a.mx/2'])).toBe(0);
  });
});

describe('CrawlQueue.fromSeed', () => {
  it('follows same-origin page links breadth first to maxDepth', () => {
    const queue = CrawlQueue.fromSeed('https://a.mx/', limits);
    const seed = queue.next()!;
    expect(seed).toEqual({ url: 'https://a.mx/', depth: 0 });
    const added = queue.discover(seed, ['/p1', 'p2', 'https://a.mx/p1#again', 'https://otro.mx/p3', 'http://a.mx/p4', '/datos.csv', 'mailto:x@a.mx', '/']);
    expect(added).toBe(2);
    const p1 = queue.next()!;
    expect(p1).toEqual({ url: 'https://a.mx/p1', depth: 1 });
    expect(queue.discover(p1, ['/p1/deeper'])).toBe(1);
    const p2 = queue.next()!;
    const deeper = queue.next()!;
    expect(p2.url).toBe('https://a.mx/p2');
    expect(deeper).toEqual({ url: 'https://a.mx/p1/deeper', depth: 2 });
    // Depth 3 is beyond maxDepth 2.
    expect(queue.discover(deeper, ['/too-deep'])).toBe(0);
    expect(queue.next()).toBeUndefined();
  });

  it('never accepts more than maxPages pages in all', () => {
    const queue = CrawlQueue.fromSeed('https://a.mx/', { maxPages: 4, maxDepth: 5 });
    const seed = queue.next()!;
    expect(queue.discover(seed, Array.from({ length: 20 }, (_, i) => `/p${i}`))).toBe(3);
    expect(queue.total).toBe(4);
    expect(queue.waiting).toBe(3);
  });

  it('throws for a seed that is not a web page address', () => {
    expect(() => CrawlQueue.fromSeed('javascript:alert(1)', limits)).toThrow();
  });
});

describe('pageLinks', () => {
  it('reads hrefs, skipping fragments, nofollow and download links', () => {
    const { document } = parseHtml(
      '<a href="/a">a</a><a href="#top">t</a><a rel="nofollow" href="/b">b</a><a download href="/c.csv">c</a><map><area href="/d"></map><a>no href</a>',
    );
    expect(pageLinks(document)).toEqual(['/a', '/d']);
  });
});
