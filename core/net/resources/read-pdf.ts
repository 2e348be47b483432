import { getDocumentProxy } from 'unpdf';
import { PDFDateString } from 'unpdf/pdfjs';
import type { PdfProfile } from '../../resources/schema.js';
import { MIN_TEXT_CHARS_PER_PAGE } from '../../resources/checks/text-layer.js';

export interface PdfReadOptions {
  maxPages: number;
  deadline: number;
  clock?: () => number;
}

function pdfDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !raw) return undefined;
  const date = PDFDateString.toDateObject(raw);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

const text = (raw: unknown, max: number): string | undefined => (typeof raw === 'string' && raw.trim() ? raw.trim().slice(0, max) : undefined);

/**
 * Reads a PDF with PDF.js (through unpdf): page count, document info (title, language, dates),
 * whether it is tagged (MarkInfo and a structure tree), and the text layer of the first pages
 * (page and time caps).
 */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions): Promise<{ pdf: PdfProfile; timedOut: boolean }> {
  const clock = options.clock ?? Date.now;
  // PDF.js refuses Node Buffers (and may detach what it is given): hand it a copy.
  const doc = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false, verbosity: 0 });
  try {
    const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const mark = (await doc.getMarkInfo().catch(() => null)) as { Marked?: boolean } | null;
    let pagesRead = 0;
    let pagesWithText = 0;
    let textChars = 0;
    let structured = false;
    let timedOut = false;
    const limit = Math.min(doc.numPages, options.maxPages);
    for (let n = 1; n <= limit; n++) {
      if (clock() > options.deadline) {
        timedOut = true;
        break;
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const chars = content.items.reduce((sum, item) => sum + ('str' in item ? item.str.trim().length : 0), 0);
      if (n === 1) structured = Boolean(await page.getStructTree().catch(() => null));
      pagesRead++;
      textChars += chars;
      if (chars >= MIN_TEXT_CHARS_PER_PAGE) pagesWithText++;
      page.cleanup();
    }
    const title = text(info['Title'], 500);
    const lang = text(info['Language'], 50);
    const created = pdfDate(info['CreationDate']);
    const modified = pdfDate(info['ModDate']);
    return {
      pdf: {
        pages: doc.numPages,
        pagesRead,
        pagesWithText,
        textChars,
        tagged: Boolean(mark?.Marked) && structured,
        ...(title ? { title } : {}),
        ...(lang ? { lang } : {}),
        ...(created ? { created } : {}),
        ...(modified ? { modified } : {}),
      },
      timedOut,
    };
  } finally {
    await doc.cleanup().catch(() => undefined);
    await (doc as unknown as { loadingTask?: { destroy(): Promise<void> } }).loadingTask?.destroy();
  }
}
