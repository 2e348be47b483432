import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { startPages } from '../../../campaigns/campaigns.js';
import { acceptUrl, canonicalUrl, discoverLinks, siteHosts, sitemapUrls } from '../../../campaigns/links.js';
import { CrawlRule } from '../../../campaigns/options.js';
import { backoffMs, retryAfterMs } from '../../../campaigns/retry-after.js';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('crawler parts', () => {
  it('reads Retry-After as seconds or an HTTP date, capped, and ignores nonsense', () => {
    expect(retryAfterMs('3')).toBe(3_000);
    expect(retryAfterMs(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5_000);
    expect(retryAfterMs('999999')).toBe(3_600_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
    expect(backoffMs(1, 0.5)).toBe(1_000);
    expect(backoffMs(3, 0.5)).toBe(4_000);
    expect(backoffMs(20, 0.5)).toBe(60_000);
  });

  it('keeps links on the site, pages only, matching include and not exclude, normalised and deduplicated', () => {
    const hosts = siteHosts(['https://a.example.gob.mx/']);
    const rule = CrawlRule.parse({ include: '/transparencia|/datos', exclude: '/datos/viejos' });
    const page = doc(`<a href="/transparencia#arriba">t</a><a href="/transparencia">t2</a><a href="https://b.example.gob.mx/transparencia">fuera</a>
      <a href="/datos/tabla.csv">csv</a><a href="/datos/viejos/1">viejo</a><a href="/datos/2026" rel="nofollow">nf</a><a href="/datos/2025">ok</a><a href="/otros">no</a>`);
    expect(discoverLinks(page, 'https://a.example.gob.mx/', hosts, rule)).toEqual(['https://a.example.gob.mx/transparencia', 'https://a.example.gob.mx/datos/2025']);
    expect(acceptUrl('not a url', hosts, rule)).toBe(false);
  });

  it('takes a same-site canonical link, else the final URL', () => {
    const hosts = siteHosts(['https://a.example.gob.mx/']);
    expect(canonicalUrl(doc('<link rel="canonical" href="/datos">'), 'https://a.example.gob.mx/datos?x=1', hosts)).toBe('https://a.example.gob.mx/datos');
    expect(canonicalUrl(doc('<link rel="canonical" href="https://otro.example/">'), 'https://a.example.gob.mx/d#f', hosts)).toBe('https://a.example.gob.mx/d');
  });

  it('lists sitemap pages (not nested sitemaps), bounded', () => {
    const xml = '<urlset><url><loc> https://a.example.gob.mx/a?x=1&amp;y=2 </loc></url><url><loc>https://a.example.gob.mx/s2.xml</loc></url><url><loc>https://a.example.gob.mx/b</loc></url></urlset>';
    expect(sitemapUrls(xml, 10)).toEqual(['https://a.example.gob.mx/a?x=1&y=2', 'https://a.example.gob.mx/b']);
    expect(sitemapUrls(xml, 1)).toHaveLength(1);
  });

  it('resolves start paths on each portal and drops absolute start URLs of other hosts', () => {
    expect(startPages('https://a.example.gob.mx/inicio', ['/transparencia', '/datos', 'https://b.example/x', '/datos'])).toEqual([
      'https://a.example.gob.mx/transparencia',
      'https://a.example.gob.mx/datos',
    ]);
  });
});
