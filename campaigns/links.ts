import type { DocumentLike } from '../core/schemas/index.js';
import { isPageUrl, normalizePageUrl, pageLinks } from '../extension/batch/crawl-queue.js';
import type { CrawlRule } from './options.js';

/** A site is its portals' hosts (host and port): redirects and links must stay on them. */
export const siteHosts = (portals: readonly string[]): Set<string> => new Set(portals.map((p) => new URL(p).host));

/** Whether a crawled URL may be queued: same site, a page (not a file), and the rule's patterns. */
export function acceptUrl(url: string, hosts: ReadonlySet<string>, rule: Pick<CrawlRule, 'include' | 'exclude'>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!hosts.has(parsed.host) || !isPageUrl(url)) return false;
  if (rule.include && !new RegExp(rule.include).test(url)) return false;
  if (rule.exclude && new RegExp(rule.exclude).test(url)) return false;
  return true;
}

/** The page's links worth queueing, normalised and deduplicated, in document order. */
export function discoverLinks(doc: DocumentLike, pageUrl: string, hosts: ReadonlySet<string>, rule: CrawlRule): string[] {
  const found = new Set<string>();
  for (const link of pageLinks(doc)) {
    const url = normalizePageUrl(link, pageUrl);
    if (url && acceptUrl(url, hosts, rule)) found.add(url);
  }
  return [...found];
}

/** The page's canonical URL when it declares one on the same site, else the URL it was read from. */
export function canonicalUrl(doc: DocumentLike, finalUrl: string, hosts: ReadonlySet<string>): string {
  const href = doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  const canonical = href ? normalizePageUrl(href, finalUrl) : null;
  if (canonical && hosts.has(new URL(canonical).host)) return canonical;
  return normalizePageUrl(finalUrl) ?? finalUrl;
}

/** Page URLs listed by a sitemap (`<loc>` of a urlset), bounded. */
export function sitemapUrls(xml: string, max: number): string[] {
  const urls: string[] = [];
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)) {
    if (urls.length >= max) break;
    const url = normalizePageUrl(match[1]!.replace(/&amp;/g, '&'));
    if (url && !/\.xml(\.gz)?$/i.test(url)) urls.push(url);
  }
  return urls;
}
