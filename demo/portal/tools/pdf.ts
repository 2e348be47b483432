import { deflateSync } from 'node:zlib';
import { concat } from '../../../core/net/resources/source.js';
import { prng } from './datasets.js';
import { latin1 } from './latin1.js';

/**
 * A minimal, valid PDF 1.4 writer for the demo's "PDF-only" downloads: one or more pages of
 * Helvetica text (WinAnsi, so Spanish accents print). Enough for a real file with a text layer.
 */
const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const LINES_PER_PAGE = 46;

const escapePdf = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);

/** Bytes of a PDF that prints `lines` (the first in bold as a title). */
export function makePdf(title: string, lines: readonly string[]): Uint8Array {
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  add(`<< /Title (${escapePdf(title)}) /Producer (Proactiva demo) >>`);
  const kids: number[] = [];
  pages.forEach((pageLines, p) => {
    const ops = ['BT', '/F2 13 Tf', `56 ${PAGE_HEIGHT - 60} Td`, `(${escapePdf(p === 0 ? title : `${title} (continuación)`)}) Tj`, '/F1 10 Tf', '0 -26 Td'];
    for (const line of pageLines) ops.push(`(${escapePdf(line)}) Tj`, '0 -14 Td');
    ops.push('ET');
    const stream = ops.join('\n');
    const content = add(`<< /Length ${latin1(stream).length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${content} 0 R >>`),
    );
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(latin1(out).length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1(out).length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

/** Pixels of a scanned page (a page of 612 × 792 points scanned at ~50 dpi, grey). */
const SCAN_WIDTH = 425;
const SCAN_HEIGHT = 550;
const SCAN_LINES_PER_PAGE = 44;

/** A grey picture of `lines` as a scan shows text: dark word-shaped marks on a speckled page. */
function scanImage(lines: readonly string[], seed: number): Uint8Array {
  const rnd = prng(seed);
  const pixels = new Uint8Array(SCAN_WIDTH * SCAN_HEIGHT);
  // A flat off-white page with sparse dust (a dense speckle would not compress: the file stays small).
  for (let i = 0; i < pixels.length; i++) pixels[i] = rnd() < 0.02 ? 150 + Math.floor(rnd() * 60) : 232;
  lines.forEach((line, n) => {
    const top = 36 + n * 11;
    let x = 40;
    for (const word of line.split(/\s+/).filter(Boolean)) {
      const width = Math.round(word.length * 3.1);
      for (let y = top; y < top + 6 && y < SCAN_HEIGHT; y++) {
        for (let px = x; px < x + width && px < SCAN_WIDTH - 30; px++) pixels[y * SCAN_WIDTH + px] = rnd() < 0.15 ? 110 : 45;
      }
      x += width + 4;
    }
  });
  return pixels;
}

/**
 * Bytes of a scanned-looking PDF: each page is only a picture of its text (no fonts, no text
 * operators), as a photocopied document run through a scanner. Deterministic (seeded speckle,
 * zlib at a fixed level), so regenerating gives the same file.
 */
export function makeScannedPdf(lines: readonly string[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    length += bytes.length;
  };
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += SCAN_LINES_PER_PAGE) pages.push(lines.slice(i, i + SCAN_LINES_PER_PAGE));
  // Objects: 1 catalog, 2 pages, 3 info, then per page: page, contents, image.
  const pageIds = pages.map((_, p) => 4 + p * 3);
  const objects: (string | [string, Uint8Array])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Producer (Escaner de oficina) >>',
  ];
  pages.forEach((pageLines, p) => {
    const id = pageIds[p]!;
    const draw = `q ${PAGE_WIDTH} 0 0 ${PAGE_HEIGHT} 0 0 cm /Im1 Do Q`;
    const image = deflateSync(scanImage(pageLines, 7 + p), { level: 9 });
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /XObject << /Im1 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`,
      `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`,
      [`<< /Type /XObject /Subtype /Image /Width ${SCAN_WIDTH} /Height ${SCAN_HEIGHT} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`, image],
    );
  });
  push(latin1('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'));
  objects.forEach((body, i) => {
    offsets.push(length);
    if (typeof body === 'string') push(latin1(`${i + 1} 0 obj\n${body}\nendobj\n`));
    else {
      push(latin1(`${i + 1} 0 obj\n${body[0]}`));
      push(body[1]);
      push(latin1('\nendstream\nendobj\n'));
    }
  });
  const xref = length;
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(latin1(tail));
  return concat(parts, length);
}
