/**
 * Resources benchmark (issue 13): MB/s profiling a generated 50 MB CSV as a stream (peak RSS
 * reported, memory bounded), pages/s reading generated PDFs (text and image-only), and a 500 MB
 * CSV that the byte cap stops (flagged, never loaded whole). Prints Markdown; never fails on a goal.
 * Env: PROACTIVA_BENCH_RUNS (default 3).
 * Run: npm run bench -- resources   (or: node --import tsx --expose-gc tests/bench/resources.bench.ts)
 */
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DEFAULT_RESOURCE_LIMITS, profileResource } from '../../core/node/resources/profile-resource.js';

const RUNS = Math.max(1, Number(process.env.PROACTIVA_BENCH_RUNS) || 3);
const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'proactiva-bench-resources-'));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (bytes: number) => (bytes / MB).toFixed(0);

/** Runs fn while sampling RSS every 20 ms; returns its time and the peak RSS above the baseline. */
async function measure<T>(fn: () => Promise<T>): Promise<{ ms: number; peakRss: number; baseRss: number; value: T }> {
  gc?.();
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { ms, peakRss, baseRss, value };
}

/** A CSV of about `bytes` bytes: realistic columns, dates, some empty cells; written in 1 MB blocks. */
async function writeCsv(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  out.write('folio,entidad,fecha_corte,monto,observaciones\n');
  let rows = 0;
  let written = 0;
  while (written < bytes) {
    const lines: string[] = [];
    let block = 0;
    while (block < MB) {
      rows++;
      const line = `F-${rows},Entidad ${rows % 32},2026-${String((rows % 12) + 1).padStart(2, '0')}-15,${(rows * 7.31).toFixed(2)},${rows % 5 === 0 ? '' : 'sin observaciones'}\n`;
      lines.push(line);
      block += line.length;
    }
    if (!out.write(lines.join(''))) await once(out, 'drain');
    written += block;
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

async function writePdf(path: string, pages: number, withText: boolean): Promise<void> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([612, 792]);
    if (withText) for (let l = 0; l < 40; l++) page.drawText(`Renglón ${l + 1} de la página ${p + 1}: solicitudes atendidas por la unidad de transparencia.`, { x: 40, y: 750 - l * 18, size: 10, font });
    else page.drawRectangle({ x: 36, y: 36, width: 540, height: 720, borderWidth: 1 });
  }
  writeFileSync(path, await pdf.save());
}

try {
  console.log(`Node ${process.version}, median of ${RUNS} runs, gc ${gc ? 'exposed' : 'NOT exposed'}; RSS sampled every 20 ms.\n`);

  // 1. 50 MB CSV, streamed.
  const csv = join(dir, 'grande.csv');
  const rows = await writeCsv(csv, 50 * MB);
  const size = statSync(csv).size;
  const limits = { ...DEFAULT_RESOURCE_LIMITS, maxBytes: 64 * MB, maxRows: 10_000_000, maxMs: 600_000 };
  await profileResource(join(dir, 'grande.csv'), { ...limits, maxRows: 1_000 });
  const csvRuns = [];
  for (let i = 0; i < RUNS; i++) csvRuns.push(await measure(() => profileResource(csv, limits)));
  const csvMs = median(csvRuns.map((r) => r.ms));
  const csvPeak = Math.max(...csvRuns.map((r) => r.peakRss - r.baseRss));
  const last = csvRuns.at(-1)!.value.profile;
  console.log('| input | size | result | median time | throughput | peak RSS (over baseline) |');
  console.log('|---|---:|---|---:|---:|---:|');
  console.log(
    `| CSV, ${rows.toLocaleString('en')} rows × 5 columns | ${mb(size)} MB | ${last.table?.rows.toLocaleString('en')} rows, ${last.table?.dateColumns.length} date column, empty-cell ratio ${last.table?.emptyCellRatio} | ${(csvMs / 1000).toFixed(2)} s | **${(size / MB / (csvMs / 1000)).toFixed(1)} MB/s** | ${mb(Math.max(...csvRuns.map((r) => r.peakRss)))} MB (+${mb(csvPeak)} MB) |`,
  );

  // 2. PDFs: text pages and drawing-only pages.
  for (const [name, pages, withText] of [['texto.pdf', 200, true], ['sin-texto.pdf', 200, false]] as const) {
    const path = join(dir, name);
    await writePdf(path, pages, withText);
    const pdfRuns = [];
    for (let i = 0; i < RUNS; i++) pdfRuns.push(await measure(() => profileResource(path, { ...DEFAULT_RESOURCE_LIMITS, maxPages: pages, maxMs: 600_000 })));
    const t = median(pdfRuns.map((r) => r.ms));
    const p = pdfRuns.at(-1)!.value.profile.pdf!;
    console.log(
      `| PDF, ${pages} pages ${withText ? 'with text' : 'without text'} | ${mb(statSync(path).size) === '0' ? `${(statSync(path).size / 1024).toFixed(0)} KB` : `${mb(statSync(path).size)} MB`} | ${p.pagesRead} pages read, ${p.pagesWithText} with text | ${(t / 1000).toFixed(2)} s | **${(p.pagesRead / (t / 1000)).toFixed(0)} pages/s** | ${mb(Math.max(...pdfRuns.map((r) => r.peakRss)))} MB (+${mb(Math.max(...pdfRuns.map((r) => r.peakRss - r.baseRss)))} MB) |`,
    );
  }

  // 3. 500 MB: the default 50 MB cap stops the read; the report says so.
  const huge = join(dir, 'enorme.csv');
  await writeCsv(huge, 500 * MB);
  const hugeSize = statSync(huge).size;
  const capped = await measure(() => profileResource(huge, { ...DEFAULT_RESOURCE_LIMITS, maxRows: 10_000_000, maxMs: 600_000 }));
  const hp = capped.value.profile;
  console.log(
    `| CSV over the cap | ${mb(hugeSize)} MB | read ${mb(hp.bytesRead)} MB, ${hp.table?.rows.toLocaleString('en')} rows; truncated: "${hp.truncated.join('; ')}" | ${(capped.ms / 1000).toFixed(2)} s | ${(hp.bytesRead / MB / (capped.ms / 1000)).toFixed(1)} MB/s | ${mb(capped.peakRss)} MB (+${mb(capped.peakRss - capped.baseRss)} MB) |`,
  );
  console.log(`\nThe 500 MB file was read up to the ${mb(DEFAULT_RESOURCE_LIMITS.maxBytes)} MB cap (${mb(hp.bytesRead)} MB read), never whole; peak RSS stayed ${mb(capped.peakRss - capped.baseRss)} MB over the baseline.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
