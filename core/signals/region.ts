import { defineSignal } from '../context.js';

/**
 * Where an element sits: in the page's own content, or in the site's chrome (header, navigation,
 * footer, site-wide menus and sidebars) that every page of the site repeats. Checks about the
 * published information judge the content; chrome is site-level evidence only.
 */
export interface RegionInfo {
  /** The main landmark (<main>, [role=main]) when the page has one with content. */
  mainRoot: Element | null;
  /** True for an element in the site's chrome. Memoised; bounded ancestor walk. */
  isChrome(el: Element): boolean;
}

const LANDMARK_CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search']);
/** <header>/<footer> are the page's banner/contentinfo only outside sectioning content (HTML spec). */
const SECTIONING = new Set(['article', 'section', 'main']);
/** Class and id words that name site chrome in sites without landmarks (Spanish and English). */
const CHROME_WORDS = new Set([
  'header', 'footer', 'nav', 'navbar', 'navigation', 'navegacion', 'menu', 'menubar', 'mainmenu', 'topbar', 'masthead',
  'sidebar', 'pie', 'piedepagina', 'encabezado', 'cabecera', 'breadcrumb', 'breadcrumbs', 'migas', 'submenu', 'megamenu',
]);
const MAX_WALK = 40;
/** A container (an <aside> or one named like chrome) that holds more than this share of the page's text is a wrapper, not chrome. */
const WRAPPER_SHARE = 0.5;

function words(el: Element): string[] {
  const raw = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Characters of text an element shows: its text without the code of scripts and styles (a page's charts often carry more code than text). */
function textChars(el: Element): number {
  const code = Array.from(el.querySelectorAll('script, style, template')).reduce((sum, node) => sum + (node.textContent ?? '').length, 0);
  return Math.max(0, (el.textContent ?? '').length - code);
}

export const regionSignal = defineSignal<RegionInfo>('region', (ctx) => {
  const landmark = ctx.doc.querySelector('main, [role="main"]');
  const mainRoot = landmark && (landmark.textContent ?? '').trim().length > 0 ? landmark : null;
  const pageChars = Math.max(1, ctx.doc.body ? textChars(ctx.doc.body) : 0);
  const memo = new Map<Element, boolean>();

  /** Whether this element, by itself, is a chrome container. */
  const isChromeContainer = (el: Element): boolean => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'nav') return true;
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    if (LANDMARK_CHROME_ROLES.has(role)) return true;
    if (mainRoot) return false;
    if (tag === 'header' || tag === 'footer') {
      for (let node = el.parentElement, i = 0; node && i < MAX_WALK; node = node.parentElement, i++) {
        if (SECTIONING.has(node.tagName.toLowerCase())) return false;
      }
      return true;
    }
    if (tag === 'body' || tag === 'html') return false;
    // An <aside> is a sidebar, and so is a container named like chrome, unless it holds most of
    // the page's text: then the site put its content there (a wrapper, not chrome).
    if (tag !== 'aside' && !words(el).some((w) => CHROME_WORDS.has(w))) return false;
    return textChars(el) / pageChars <= WRAPPER_SHARE;
  };

  const isChrome = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const path: Element[] = [];
    let result = false;
    let node: Element | null = el;
    for (let i = 0; node && i < MAX_WALK; i++) {
      const cached = memo.get(node);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      path.push(node);
      if (mainRoot && node === mainRoot) break;
      // <head> is the page's own metadata (<link rel="alternate">, <meta>), never site chrome.
      if (node.tagName.toLowerCase() === 'head') {
        for (const p of path) memo.set(p, false);
        return false;
      }
      if (isChromeContainer(node)) {
        result = true;
        break;
      }
      node = node.parentElement;
    }
    // With a main landmark, everything outside it is chrome.
    if (!result && mainRoot && !mainRoot.contains(el)) result = true;
    for (const p of path) memo.set(p, result);
    return result;
  };

  return { mainRoot, isChrome };
});
