import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { regionSignal } from './region.js';

export interface DocumentSlot {
  snippet: string;
  element: Element;
}

export interface DocumentSlots {
  /** Slots whose file icon links to a document. */
  linked: number;
  /** Slots that show a file icon (PDF, Excel…) and lead nowhere: no link, or a link to "#". */
  unlinked: number;
  /** The first unlinked slots, as evidence. */
  missing: DocumentSlot[];
}

/** A file-type icon, by its image's file name, alt or title: pdf.png, icono-excel.gif, "Archivo PDF". */
const FILE_ICON = /pdf|excel|xlsx?|word|docx?|csv|zip|ods|odt|descarg|download/i;
/** An icon-font glyph of a file type: Font Awesome's fa-file-pdf-o, icon-excel, bi-filetype-csv. */
const FILE_GLYPH = /(?:^|[\s_-])(?:file-?(?:pdf|excel|word|csv|archive|text|alt)|filetype-\w+|(?:icon|ico)-(?:pdf|excel|xls|word|doc|csv))(?:$|[\s_-])/i;
/** A link that goes nowhere: "#", empty, or a javascript: no-op. */
const DEAD_HREF = /^\s*(?:#?|javascript:\s*(?:void\(0\);?|;)?)\s*$/i;
const MAX_EVIDENCE = 20;
const MAX_SLOTS = 5_000;

function isFileIcon(img: Element): boolean {
  const src = (img.getAttribute('src') ?? '').split(/[?#]/)[0]!;
  const name = src.slice(src.lastIndexOf('/') + 1);
  return FILE_ICON.test(`${name} ${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''}`);
}

const isFileGlyph = (el: Element): boolean => FILE_GLYPH.test(el.getAttribute('class') ?? '');

/**
 * Grids and lists of documents, one slot per period or fracción, as transparency portals draw them.
 * A table cell with a file icon and a link holds a document; a cell with the icon and no link
 * promises one that is not there (often every quarter up to years ahead, or «No disponible»).
 * Outside such cells, a link showing a file icon (an image or an icon-font glyph) that points to
 * "#" is the same empty promise.
 */
export const documentSlotsSignal = defineSignal<DocumentSlots>('document-slots', (ctx) => {
  const out: DocumentSlots = { linked: 0, unlinked: 0, missing: [] };
  const { isChrome } = ctx.use(regionSignal);
  const seen = new Set<Element>();
  const missing = (element: Element, snippet: string) => {
    out.unlinked++;
    if (out.missing.length < MAX_EVIDENCE) out.missing.push({ snippet: clip(snippet, 160), element });
  };
  // Walk the icons, not the cells and links: a page has far fewer file icons than either.
  for (const icon of ctx.elements()) {
    if (seen.size >= MAX_SLOTS) break;
    const tag = icon.tagName.toLowerCase();
    const image = tag === 'img';
    if (!(image ? isFileIcon(icon) : (tag === 'i' || tag === 'span') && isFileGlyph(icon))) continue;
    const link = icon.closest('a');
    const cell = image ? icon.closest('td') : null;
    if (cell && (!link || cell.contains(link))) {
      // A table cell holding only file icons: a slot of a grid.
      if (seen.has(cell)) continue;
      seen.add(cell);
      const images = Array.from(cell.querySelectorAll('img'));
      if (!images.every(isFileIcon) || (cell.textContent ?? '').trim() || isChrome(cell)) continue;
      if (cell.querySelector('a[href]')) out.linked++;
      else missing(cell, `<img src="${icon.getAttribute('src') ?? ''}"${icon.getAttribute('title') ? ` title="${icon.getAttribute('title')}"` : ''}>`);
      continue;
    }
    if (!link || seen.has(link) || isChrome(link)) continue;
    seen.add(link);
    if (DEAD_HREF.test(link.getAttribute('href') ?? '')) missing(link, `<a href="${link.getAttribute('href') ?? ''}">${(link.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
    else out.linked++;
  }
  return out;
});
