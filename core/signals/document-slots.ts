import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { regionSignal } from './region.js';

export interface DocumentSlot {
  snippet: string;
  element: Element;
}

export interface DocumentSlots {
  /** Table cells whose file icon links to a document. */
  linked: number;
  /** Table cells that show a file icon (PDF, Excel…) with no link: a slot with no document in it. */
  unlinked: number;
  /** The first unlinked slots, as evidence. */
  missing: DocumentSlot[];
}

/** A file-type icon, by its image's file name, alt or title: pdf.png, icono-excel.gif, "Archivo PDF". */
const FILE_ICON = /pdf|excel|xlsx?|word|docx?|csv|zip|ods|odt|descarg|download/i;
const MAX_EVIDENCE = 20;
const MAX_CELLS = 5_000;

function isFileIcon(img: Element): boolean {
  const src = (img.getAttribute('src') ?? '').split(/[?#]/)[0]!;
  const name = src.slice(src.lastIndexOf('/') + 1);
  return FILE_ICON.test(`${name} ${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''}`);
}

/**
 * Grids of documents, one cell per period or fracción, as transparency portals draw them: a cell
 * with a file icon and a link holds a document; a cell with the icon and no link promises one that
 * is not there (often every quarter up to years ahead, or «No disponible»).
 */
export const documentSlotsSignal = defineSignal<DocumentSlots>('document-slots', (ctx) => {
  const out: DocumentSlots = { linked: 0, unlinked: 0, missing: [] };
  const { isChrome } = ctx.use(regionSignal);
  const seen = new Set<Element>();
  // Walk the images, not the cells: a page has far fewer file icons than table cells.
  for (const img of ctx.elements()) {
    if (img.tagName.toLowerCase() !== 'img' || !isFileIcon(img)) continue;
    const cell = img.closest('td');
    if (!cell || seen.has(cell) || seen.size >= MAX_CELLS) continue;
    seen.add(cell);
    const images = Array.from(cell.querySelectorAll('img'));
    if (!images.every(isFileIcon) || (cell.textContent ?? '').trim() || isChrome(cell)) continue;
    if (cell.querySelector('a[href]')) {
      out.linked++;
    } else {
      out.unlinked++;
      if (out.missing.length < MAX_EVIDENCE) {
        out.missing.push({ snippet: clip(`<img src="${img.getAttribute('src') ?? ''}"${img.getAttribute('title') ? ` title="${img.getAttribute('title')}"` : ''}>`, 160), element: cell });
      }
    }
  }
  return out;
});
