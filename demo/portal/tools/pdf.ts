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

/** WinAnsi is close enough to Latin-1 for Spanish text; other characters become "?". */
function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 256 ? code : 63;
  }
  return bytes;
}
