import { defineSignal } from '../context.js';
import type { ResourceHead } from '../schemas/index.js';
import { documentedEndpoints } from './api-endpoints.js';
import { clip } from './dom.js';
import { classifyFormat, type FormatGuess } from './formats.js';
import { regionSignal } from './region.js';

export interface PageLink {
  element: Element;
  /** Absolute URL (http, https or ftp only). */
  url: string;
  text: string;
  sameOrigin: boolean;
  /** In the site's header, navigation, footer or menus: site-level, not the page's information. */
  chrome: boolean;
  head?: ResourceHead;
}

export interface Download extends PageLink {
  guess: FormatGuess;
}

export interface LinksInfo {
  links: PageLink[];
  /** Files and data services the page's own content offers, classified by format. */
  downloads: Download[];
  /** Files linked only from the site's chrome (menus, header, footer): site-level evidence. */
  siteDownloads: Download[];
  /** Images on the page that show a table (alt, title or file name say so). */
  tableImages: { element: Element; snippet: string }[];
  /** Links skipped because their scheme is not fetchable (javascript:, mailto:, data:; file: unless the page is a file too). */
  skipped: number;
}

const FETCHABLE = /^(https?|ftp):$/;
const MAX_LINKS = 5_000;
const TABLE_IMAGE = /(?<!\p{L})(tabla|cuadro|anexo estad[íi]stico|estad[íi]sticas|relaci[óo]n de|padr[óo]n)(?!\p{L})/iu;

/** The accessible text of a link: its text, else aria-label, title, or an image's alt. */
export function linkText(el: Element): string {
  const own = clip(el.textContent ?? '', 300);
  if (own) return own;
  const aria = el.getAttribute('aria-label') ?? el.getAttribute('title');
  if (aria) return clip(aria, 300);
  const img = el.querySelector('img[alt]');
  return clip(img?.getAttribute('alt') ?? '', 300);
}

/** The whole site's feed, named for no topic: rss.xml, feed.xml, atom.xml, index.xml, WordPress's /feed/. */
const GENERIC_FEED = /^(?:rss2?|feed|atom|index)(?:\.xml|\.rss)?$/i;
function isGenericFeed(url: URL): boolean {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  return GENERIC_FEED.test(last);
}

/** Every link on the page, resolved and classified (downloads by format and openness stars). */
export const linksSignal = defineSignal<LinksInfo>('links', (ctx) => {
  const heads = new Map<string, ResourceHead>();
  for (const resource of ctx.snapshot.resources) {
    if (resource.head) heads.set(resource.url, resource.head);
  }
  const { isChrome } = ctx.use(regionSignal);
  const info: LinksInfo = { links: [], downloads: [], siteDownloads: [], tableImages: [], skipped: 0 };
  // Each list once per URL: a file linked from the menu and from the content counts as content.
  const seenContent = new Set<string>();
  const seenSite = new Set<string>();
  for (const el of ctx.elements()) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'img') {
      const described = `${el.getAttribute('alt') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('src') ?? ''}`;
      if (TABLE_IMAGE.test(described) && info.tableImages.length < 50) info.tableImages.push({ element: el, snippet: clip(described, 200) });
      continue;
    }
    const isAnchor = tag === 'a' || tag === 'area';
    const isAlternate = tag === 'link' && /\balternate\b/i.test(el.getAttribute('rel') ?? '') && el.hasAttribute('type');
    if (!isAnchor && !isAlternate) continue;
    const href = (el.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#')) continue;
    let url: URL;
    try {
      url = new URL(href, ctx.url ?? undefined);
    } catch {
      info.skipped++;
      continue;
    }
    // A page read from disk (a saved copy of a site) links its files as file: URLs beside it.
    const localCopy = url.protocol === 'file:' && ctx.url?.protocol === 'file:';
    if (!FETCHABLE.test(url.protocol) && !localCopy) {
      info.skipped++;
      continue;
    }
    if (info.links.length >= MAX_LINKS) {
      ctx.truncate(`links: more than ${MAX_LINKS}`);
      break;
    }
    const text = isAlternate ? `${el.getAttribute('type') ?? ''} ${el.getAttribute('title') ?? ''}` : linkText(el);
    const head = heads.get(url.href);
    const link: PageLink = {
      element: el,
      url: url.href,
      text,
      sameOrigin: localCopy || (ctx.url ? url.origin === ctx.url.origin : false),
      chrome: isChrome(el),
      ...(head ? { head } : {}),
    };
    info.links.push(link);
    const contentType = head?.contentType ?? (isAlternate ? el.getAttribute('type') ?? undefined : el.getAttribute('type') ?? undefined);
    const guess = classifyFormat({ url, text, contentType });
    if (guess) {
      // A feed declared in <head> (<link rel="alternate" type="application/rss+xml">) is the site's
      // news feed on most CMSs, not this page's data, and so is a link to the site's one generic
      // feed (/rss.xml, /feed/); a feed of its own the content links to (/feeds/acuerdos.rss.xml) is.
      const siteLevel = link.chrome || (guess.format.id === 'rss' && isAlternate) || ((guess.format.id === 'rss' || guess.format.id === 'xml') && isGenericFeed(url));
      const seen = siteLevel ? seenSite : seenContent;
      if (!seen.has(url.href)) {
        seen.add(url.href);
        (siteLevel ? info.siteDownloads : info.downloads).push({ ...link, guess });
      }
    }
  }
  info.downloads.push(...documentedEndpoints(ctx, seenContent));
  return info;
});

/** Highest openness stars offered, counting a broken download (HEAD says so) as 0. */
export function bestStars(downloads: readonly Download[]): number {
  let best = 0;
  for (const d of downloads) {
    if (d.head && !d.head.ok) continue;
    best = Math.max(best, d.guess.format.stars);
  }
  return best;
}
