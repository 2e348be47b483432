import { defineSignal } from '../context.js';
import { clip } from './dom.js';

export interface A11yIssue {
  element: Element;
  snippet: string;
}

export interface A11yBasics {
  images: number;
  /** The first 50 images without alt (evidence); imagesWithoutAltCount counts them all. */
  imagesWithoutAlt: A11yIssue[];
  imagesWithoutAltCount: number;
  /** The first 50 images whose alt is a placeholder, not a description ("...", "imagen", "IMG_0412.jpg"). */
  imagesWithPlaceholderAlt: A11yIssue[];
  imagesWithPlaceholderAltCount: number;
  viewport: { element: Element; content: string } | null;
  /** The viewport meta blocks zoom (user-scalable=no or maximum-scale < 2). */
  zoomBlocked: boolean;
  headings: { level: number; element: Element; text: string }[];
  /** Heading levels skipped going down (h2 → h4). */
  skippedLevels: A11yIssue[];
  links: number;
  unnamedLinks: A11yIssue[];
  buttons: number;
  unnamedButtons: A11yIssue[];
  fields: number;
  unlabelledFields: A11yIssue[];
  dataTables: number;
  tablesWithoutHeaders: A11yIssue[];
  media: number;
  mediaWithoutCaptions: A11yIssue[];
  /** Links to versions in lenguas indígenas, LSM video, audio or easy-read versions. */
  alternativeVersions: A11yIssue[];
}

const NAMED_BY = ['aria-label', 'aria-labelledby', 'title'];
/**
 * An alt that names no content (WCAG failure F30): only punctuation or symbols, a file name, or a
 * word that just says "image". alt="" is not one: it correctly marks a decorative image.
 */
const PLACEHOLDER_ALT = /^(?:[\p{P}\p{S}\s]+|[\w\p{L}.\- ]*\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)|(?:imagen|image|img|foto(?:graf[íi]a)?|photo|picture|pic|spacer|banner|sin\s+t[íi]tulo|untitled|alt|texto\s+alternativo)[\s_\-]*\d*)$/iu;
const ALTERNATIVE = /lengua(?:s)?\s+ind[íi]gena|n[áa]huatl|maya|tsotsil|tseltal|mixteco|zapoteco|otom[íi]|mazateco|totonaco|ch'ol|purépecha|p'urh[ée]pecha|mazahua|tarahumara|rar[áa]muri|wixárika|huichol|lengua\s+de\s+señas|(?<!\p{L})lsm(?!\p{L})|lectura\s+f[áa]cil|versi[óo]n\s+(?:en\s+)?audio|audiodescripci[óo]n|braille/iu;

function accessibleName(el: Element): string {
  for (const attr of NAMED_BY) {
    const value = el.getAttribute(attr);
    if (value && value.trim()) return value.trim();
  }
  const text = (el.textContent ?? '').trim();
  if (text) return text;
  const img = el.querySelector('img[alt]:not([alt=""])');
  return img?.getAttribute('alt')?.trim() ?? '';
}

function describe(el: Element): string {
  const attrs = ['id', 'name', 'src', 'href', 'type', 'class']
    .map((a) => (el.getAttribute(a) ? `${a}="${el.getAttribute(a)}"` : ''))
    .filter(Boolean)
    .join(' ');
  return clip(`<${el.tagName.toLowerCase()}${attrs ? ` ${attrs}` : ''}>`, 200);
}

function isHidden(el: Element): boolean {
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** Accessibility basics that need no browser: alt text, zoom, headings, names, labels, table headers, captions. */
export const a11yBasicsSignal = defineSignal<A11yBasics>('a11y-basics', (ctx) => {
  const out: A11yBasics = {
    images: 0, imagesWithoutAlt: [], imagesWithoutAltCount: 0, imagesWithPlaceholderAlt: [], imagesWithPlaceholderAltCount: 0, viewport: null, zoomBlocked: false, headings: [], skippedLevels: [],
    links: 0, unnamedLinks: [], buttons: 0, unnamedButtons: [], fields: 0, unlabelledFields: [],
    dataTables: 0, tablesWithoutHeaders: [], media: 0, mediaWithoutCaptions: [], alternativeVersions: [],
  };
  const cap = <T>(list: T[], item: T) => {
    if (list.length < 50) list.push(item);
  };
  const labelled = new Set<string>();
  for (const el of ctx.elements()) {
    if (el.tagName.toLowerCase() === 'label') {
      const target = el.getAttribute('for');
      if (target) labelled.add(target);
    }
  }
  let previousLevel = 0;
  for (const el of ctx.elements()) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'meta' && (el.getAttribute('name') ?? '').toLowerCase() === 'viewport') {
      const content = el.getAttribute('content') ?? '';
      out.viewport = { element: el, content: clip(content, 200) };
      const max = /maximum-scale\s*=\s*([\d.]+)/i.exec(content);
      out.zoomBlocked = /user-scalable\s*=\s*(no|0)/i.test(content) || (max !== null && Number(max[1]) < 2);
    } else if (tag === 'img') {
      if (isHidden(el) || el.getAttribute('role') === 'presentation') continue;
      out.images++;
      const alt = el.getAttribute('alt');
      if (alt === null) {
        out.imagesWithoutAltCount++;
        cap(out.imagesWithoutAlt, { element: el, snippet: describe(el) });
      } else if (alt.trim() && PLACEHOLDER_ALT.test(alt.trim())) {
        out.imagesWithPlaceholderAltCount++;
        cap(out.imagesWithPlaceholderAlt, { element: el, snippet: clip(`alt="${alt.trim()}" ${describe(el)}`, 200) });
      }
    } else if (/^h[1-6]$/.test(tag)) {
      const level = Number(tag[1]);
      const text = clip(el.textContent ?? '', 200);
      if (out.headings.length < 500) out.headings.push({ level, element: el, text });
      if (previousLevel && level > previousLevel + 1) cap(out.skippedLevels, { element: el, snippet: `h${previousLevel} → h${level}: ${text}` });
      previousLevel = level;
    } else if (tag === 'a' && el.hasAttribute('href')) {
      if (isHidden(el)) continue;
      out.links++;
      if (!accessibleName(el)) cap(out.unnamedLinks, { element: el, snippet: describe(el) });
    } else if (tag === 'button' || (tag === 'input' && /^(submit|button|reset|image)$/i.test(el.getAttribute('type') ?? ''))) {
      out.buttons++;
      const name = tag === 'input' ? el.getAttribute('value') ?? el.getAttribute('alt') ?? accessibleName(el) : accessibleName(el);
      if (!name.trim()) cap(out.unnamedButtons, { element: el, snippet: describe(el) });
    } else if (tag === 'input' || tag === 'select' || tag === 'textarea') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type === 'hidden') continue;
      out.fields++;
      const id = el.getAttribute('id');
      const named = (id && labelled.has(id)) || el.closest('label') !== null || NAMED_BY.some((a) => (el.getAttribute(a) ?? '').trim());
      if (!named) cap(out.unlabelledFields, { element: el, snippet: describe(el) });
    } else if (tag === 'table') {
      if (el.getAttribute('role') === 'presentation' || el.querySelectorAll('tr').length < 2) continue;
      out.dataTables++;
      if (!el.querySelector('th, [scope]')) cap(out.tablesWithoutHeaders, { element: el, snippet: clip(el.textContent ?? '', 120) });
    } else if (tag === 'video') {
      out.media++;
      if (!el.querySelector('track[kind="captions" i], track[kind="subtitles" i]')) cap(out.mediaWithoutCaptions, { element: el, snippet: describe(el) });
    }
    if ((tag === 'a' || tag === 'li' || tag === 'p') && out.alternativeVersions.length < 10) {
      const text = clip(el.textContent ?? '', 200);
      if (tag === 'a' && ALTERNATIVE.test(text)) cap(out.alternativeVersions, { element: el, snippet: text });
    }
  }
  return out;
});
