/**
 * Core benchmark (issue 2): per fixture page, bare parse (linkedom) vs full audit (parse + audit)
 * in the same process, median of N runs each; pages/s; memory peak; a generated 20 MB page; and
 * the fast-check robustness property at 10,000 cases. Prints Markdown; never fails on a goal.
 * Env: PROACTIVA_BENCH_RUNS (default 15), PROACTIVA_FC_RUNS (default 10000).
 * Run: npm run bench -- core   (or: node --import tsx --expose-gc tests/bench/core.bench.ts)
 */
import fc from 'fast-check';
import { audit, AuditReport, DEFAULT_BUDGET } from '../../core/index.js';
import { parseHtml } from '../../core/node/parse-html.js';
import { snapshotFromHtml } from '../../core/node/snapshot.js';
import { fcRuns, hostileHtml, pageUrl } from '../unit/core/hostile-html.js';
import { fixturePages } from '../unit/core/page-expectation.js';

const RUNS = Math.max(1, Number(process.env.PROACTIVA_BENCH_RUNS) || 15);
const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 0);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const time = (fn: () => void): number => {
  const t0 = performance.now();
  fn();
  const t = performance.now() - t0;
  sample();
  return t;
};

gc?.();
const baseline = process.memoryUsage();
peakRss = baseline.rss;
peakHeap = baseline.heapUsed;
const pages = fixturePages();
console.log(`Node ${process.version}, ${pages.length} fixture pages, median of ${RUNS} runs each (after 2 warm-up runs), gc ${gc ? 'exposed' : 'NOT exposed'}.\n`);
console.log('| page | bytes | parse ms | full audit ms | ratio |');
console.log('|---|---:|---:|---:|---:|');
const ratios: number[] = [];
const fulls: number[] = [];
for (const page of pages) {
  const opts = { url: page.expected.url, fetchedAt: page.expected.fetchedAt };
  for (let i = 0; i < 2; i++) audit(snapshotFromHtml(page.html, opts));
  const parse: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    parse.push(time(() => parseHtml(page.html)));
    full.push(time(() => audit(snapshotFromHtml(page.html, opts))));
  }
  const p = median(parse);
  const f = median(full);
  const ratio = p > 0 ? f / p : 0;
  ratios.push(ratio);
  fulls.push(f);
  console.log(`| ${page.name} | ${Buffer.byteLength(page.html)} | ${ms(p)} | ${ms(f)} | ${ratio.toFixed(2)}× |`);
}
const meanFull = fulls.reduce((a, b) => a + b, 0) / fulls.length;
console.log(`\n- **Median ratio full audit / bare parse: ${median(ratios).toFixed(2)}×** (goal ≤ 2×; max ${Math.max(...ratios).toFixed(2)}×)`);
console.log(`- Throughput: **${(1000 / meanFull).toFixed(0)} pages/s** (one core, mean of the per-page medians: ${ms(meanFull)} ms)`);
console.log(`- Memory peak over the fixture runs: rss ${mb(peakRss)} MB, heap ${mb(peakHeap)} MB (baseline rss ${mb(baseline.rss)} MB, heap ${mb(baseline.heapUsed)} MB)`);

// A generated 20 MB transparency page: a huge obligations table.
const row = (i: number) =>
  `<tr><td>${i}</td><td>Contrato de adquisición de bienes y servicios número ${i}</td><td>Dirección de Recursos Materiales</td><td>$${(i * 137) % 999_999}.00</td><td><a href="/contratos/c${i}.pdf">PDF</a></td></tr>`;
const parts: string[] = ['<!doctype html><html lang="es-MX"><head><title>Contratos 2015-2026</title></head><body><h1>Contratos</h1><p>Fecha de actualización: 1 de marzo de 2026</p><table>'];
let size = parts[0]!.length;
for (let i = 0; size < 20 * 1024 * 1024; i++) {
  const r = row(i);
  parts.push(r);
  size += r.length;
}
parts.push('</table></body></html>');
const huge = parts.join('');
console.log(`\n### Generated ${mb(Buffer.byteLength(huge))} MB page (budget: ${DEFAULT_BUDGET.maxMs} ms, ${DEFAULT_BUDGET.maxElements} elements, default 5 MB byte cap)\n`);
console.log('| input cap | parse ms | audit ms | total ms | truncated | reasons | rss MB |');
console.log('|---|---:|---:|---:|---|---|---:|');
for (const [label, maxBytes] of [['5 MB (default)', undefined], ['none (25 MB)', 25 * 1024 * 1024]] as const) {
  gc?.();
  let snapshot: ReturnType<typeof snapshotFromHtml> | undefined;
  const tParse = time(() => {
    snapshot = snapshotFromHtml(huge, { url: 'https://www.ejemplo.gob.mx/contratos', fetchedAt: '2026-03-15T18:00:00.000Z', ...(maxBytes ? { maxBytes } : {}) });
  });
  let report: AuditReport | undefined;
  const tAudit = time(() => {
    report = audit(snapshot!);
  });
  console.log(
    `| ${label} | ${ms(tParse)} | ${ms(tAudit)} | ${ms(tParse + tAudit)} | ${report!.truncated} | ${report!.truncation.join('; ')} | ${mb(process.memoryUsage().rss)} |`,
  );
  snapshot = undefined;
}

// The robustness property, bench-sized.
const fcN = fcRuns(10_000);
gc?.();
let errored = 0;
const t0 = performance.now();
const result = fc.check(
  fc.property(hostileHtml, pageUrl, (html, url) => {
    const report = audit(snapshotFromHtml(html, { url, fetchedAt: '2026-03-15T18:00:00.000Z', maxBytes: 2_000_000 }), { budget: { maxMs: 2_000 } });
    if (report.criteria.some((c) => c.checks.some((k) => k.error && !k.error.startsWith('budget')))) errored++;
    return AuditReport.safeParse(report).success;
  }),
  { numRuns: fcN },
);
const elapsed = performance.now() - t0;
sample();
console.log(`\n### fast-check robustness (${fcN} cases)\n`);
console.log('| cases | failures | reports with a check error | time s | cases/s |');
console.log('|---:|---:|---:|---:|---:|');
console.log(`| ${result.numRuns} | ${result.failed ? 1 : 0} | ${errored} | ${(elapsed / 1000).toFixed(1)} | ${(result.numRuns / (elapsed / 1000)).toFixed(0)} |`);
if (result.failed) console.log(`\nCounterexample (seed ${result.seed}): ${fc.stringify(result.counterexample).slice(0, 500)}\n${String(result.errorInstance).slice(0, 500)}`);
console.log(`\n- Memory peak over the whole bench: rss ${mb(peakRss)} MB, heap ${mb(peakHeap)} MB`);
