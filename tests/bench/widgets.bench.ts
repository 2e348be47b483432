/**
 * Widgets benchmark (issues 4 and 11): gzip size of what each widget file loads first (the file
 * and the chunks it imports statically), of every chunk it may load later and of the total,
 * against the goals of issue 11 (feedback first load ≤ 9 KB, summary and score ≤ 10 KB each, all
 * three ≤ 20 KB) and a minimal Lit element built the same way; time to first render of
 * <proactiva-feedback> in Debian Chromium, median over N cold loads (a new browser context each,
 * so nothing is cached); time from a click on "No" to the reasons form under Chromium's "Slow 3G"
 * emulation, with and without a hover first; and, on "Slow 3G", when summary and score show their
 * data and whether their validation chunk arrived after the data. Prints Markdown; never fails on
 * a goal.
 * Env: PROACTIVA_BENCH_LOADS (default 15), PROACTIVA_BENCH_SLOW_LOADS (default 5), CHROMIUM_PATH.
 * Run: npm run bench -- widgets   (builds the widgets first)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'widgets/dist');
const LOADS = Math.max(1, Number(process.env.PROACTIVA_BENCH_LOADS) || 15);
const SLOW_LOADS = Math.max(1, Number(process.env.PROACTIVA_BENCH_SLOW_LOADS) || 5);
/** Issue 11's goals, KB gzip of the first load. */
const GOALS: Record<string, number> = { 'proactiva-feedback.js': 9, 'proactiva-summary.js': 10, 'proactiva-score.js': 10, 'proactiva-widgets.js': 20 };
/** Chromium DevTools' "Slow 3G" preset (as Puppeteer defines it): 2 s latency, 400 kbit/s. */
const SLOW_3G = { offline: false, latency: 2_000, downloadThroughput: ((500 * 1000) / 8) * 0.8, uploadThroughput: ((500 * 1000) / 8) * 0.8 };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const sizes = (code: Buffer) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

// 1. Build exactly what ships.
const t0 = performance.now();
const built = spawnSync('npm', ['run', '--silent', 'build:widgets'], { cwd: ROOT, encoding: 'utf8' });
if (built.status !== 0) {
  console.error(built.stdout, built.stderr);
  process.exit(1);
}
const buildMs = performance.now() - t0;

// A minimal Lit element, built with the same minifier, for reference.
const tmp = mkdtempSync(join(tmpdir(), 'proactiva-lit-baseline-'));
writeFileSync(
  join(tmp, 'entry.js'),
  "import { LitElement, html, css } from 'lit';\nclass X extends LitElement { static styles = css`:host{display:block}`; render() { return html`<p>Hola</p>`; } }\ncustomElements.define('x-hola', X);\n",
);
await build({
  configFile: false,
  root: tmp,
  logLevel: 'silent',
  resolve: { alias: { lit: join(ROOT, 'node_modules/lit/index.js') } },
  build: { outDir: join(tmp, 'out'), lib: { entry: join(tmp, 'entry.js'), formats: ['es'], fileName: () => 'lit.js' }, rolldownOptions: { output: { minify: true } } },
});
const baselineCode = readFileSync(join(tmp, 'out/lit.js'));
const baseline = sizes(baselineCode);
rmSync(tmp, { recursive: true, force: true });

console.log(`Built with \`npm run build:widgets\` in ${(buildMs / 1000).toFixed(1)} s (Vite 8, minified ES modules).\n`);
/** A built file and every chunk it imports statically (what the browser must fetch before it runs). */
function staticClosure(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  const imports = [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["']\.\/([^"']+)["']/g)].map((m) => join(dirname(file), m[1]!));
  return [file, ...imports.flatMap((f) => staticClosure(f, seen))];
}
/** Chunks a file loads later with import(). */
const dynamicImports = (file: string): string[] =>
  [...readFileSync(join(DIST, file), 'utf8').matchAll(/import\(["'`]\.\/([^"'`]+)["'`]\)/g)].map((m) => join(dirname(file), m[1]!));
const total = (list: string[]) => {
  const parts = list.map((f) => sizes(readFileSync(join(DIST, f))));
  return { raw: parts.reduce((a, p) => a + p.raw, 0), gzip: parts.reduce((a, p) => a + p.gzip, 0), brotli: parts.reduce((a, p) => a + p.brotli, 0) };
};

/** Everything a file ever loads: its first load, then every chunk reachable by import() or import. */
function everything(file: string): string[] {
  const all = new Set(staticClosure(file));
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of [...all]) for (const c of [...dynamicImports(f), ...staticClosure(f)]) if (!all.has(c)) all.add(c), (grew = true);
  }
  return [...all];
}

/** When each lazy chunk loads, by its name (vite.config.ts names chunks after their entry module). */
const WHEN: [RegExp, string][] = [
  [/^chunks\/details-/, 'reasons form, scrubber, outbox: on first interaction (preloaded on hover or focus)'],
  [/^chunks\/strings-en-/, 'English strings: before the first render, only with lang="en"'],
  [/^chunks\/validation-/, 'zod/mini validation: requested with the data, needed before the data shows'],
];
const when = (chunk: string) => WHEN.find(([re]) => re.test(chunk))?.[1] ?? 'other';

console.log(
  'First load: the file and the chunks it imports statically (what the browser fetches before the element renders, with the default es-MX strings), each gzipped on its own, as served. ' +
    'Later: the chunks it may load afterwards with `import()` (listed below the table). Total: everything the file ever loads, every later chunk included.\n',
);
console.log('| file | first load raw KB | gzip KB | brotli KB | goal (first load, gzip) | later, gzip KB | total, gzip KB | files |');
console.log('|---|---:|---:|---:|---|---:|---:|---|');
const laterChunks = new Map<string, string[]>();
const files = ['proactiva-feedback.js', 'proactiva-summary.js', 'proactiva-score.js', 'proactiva-widgets.js'];
for (const f of files) {
  const first = staticClosure(f);
  const s = total(first);
  const all = everything(f);
  const later = all.filter((c) => !first.includes(c));
  laterChunks.set(f, later);
  const goal = GOALS[f]!;
  console.log(
    `| ${f} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ≤ ${goal} KB: **${s.gzip <= goal * 1024 ? 'met' : 'missed'}** | ${later.length > 0 ? kb(total(later).gzip) : '—'} | ${kb(total(all).gzip)} | ${all.length} |`,
  );
}
{
  // A page that embeds the three single-widget files (not the bundle) loads Lit three times.
  const singles = files.slice(0, 3);
  const first = singles.flatMap((f) => staticClosure(f));
  const all = [...new Set(singles.flatMap((f) => everything(f)))];
  const s = total(first);
  console.log(`| *the three single files on one page* | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} | none (use the bundle) | ${kb(total(all.filter((c) => !first.includes(c))).gzip)} | ${kb(total(all).gzip)} | ${all.length} |`);
}
console.log(`| *minimal Lit element* | ${kb(baseline.raw)} | ${kb(baseline.gzip)} | ${kb(baseline.brotli)} | Lit's own floor | — | ${kb(baseline.gzip)} | 1 |`);
console.log('\nLater chunks, gzip KB:\n');
for (const [f, later] of laterChunks) {
  for (const c of later) {
    // English pages fetch this chunk before the first render: say what their first load is.
    const english = /^chunks\/strings-en-/.test(c) ? ` (first load with lang="en": ${kb(total([...staticClosure(f), c]).gzip)} KB in ${staticClosure(f).length + 1} requests)` : '';
    console.log(`- ${f} → \`${c}\` ${kb(total([c]).gzip)}: ${when(c)}${english}`);
  }
}
const axe = files.flatMap((f) => everything(f)).filter((f) => readFileSync(join(DIST, f), 'utf8').includes('axe-core'));
console.log(`\n- axe-core in the widget files: ${axe.length === 0 ? 'none' : axe.join(', ')}`);
// Lit's development build warns "Lit is in dev mode" at load; the production build has no such text.
const devLit = files.flatMap((f) => everything(f)).filter((f) => readFileSync(join(DIST, f), 'utf8').includes('Lit is in dev mode'));
console.log(`- Lit's development build in the widget files: ${devLit.length === 0 ? 'none (production build)' : [...new Set(devLit)].join(', ')}`);

// 2. Time to first render in Chromium.
const FEEDBACK = '<proactiva-feedback site="bench-site" site-key="pk_bench_0123456789abcdef" endpoint="/collector" privacy-url="/aviso"></proactiva-feedback>';
const page = (src: string, tag: string, element: string, rendered: string) => `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${src}"></script>
<script type="module">
  await customElements.whenDefined('${tag}');
  const el = document.querySelector('${tag}');
  await el.updateComplete;
  if (!el.shadowRoot.querySelector('${rendered}')) throw new Error('not rendered');
  window.__firstRender = performance.now();
</script></head><body><main><h1>Tarifas</h1>${element}</main></body></html>`;
/** A page with <proactiva-summary> and one with <proactiva-score>, each on its own module, reading from this server. */
const dataPage = (src: string, element: string) => `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${src}"></script></head><body><main><h1>Tarifas</h1>${element}</main></body></html>`;
const SUMMARY_JSON = JSON.stringify({ page: 'http://127.0.0.1/tarifas', total: 214, useful: 186, usefulRate: 186 / 214, reasons: [{ reason: 'localizable', count: 12 }], updatedAt: '2026-03-10T12:00:00.000Z' });
const REPORT_JSON = JSON.stringify({ schemaVersion: 2, tool: { name: 'proactiva', version: '0.1.0' }, url: 'http://127.0.0.1/tarifas', title: 'Tarifas', auditedAt: '2026-03-10T12:00:00.000Z', score: 78, band: 'en-desarrollo' });
const PAGES: Record<string, string> = {
  '/summary.html': dataPage('/proactiva-summary.js', '<proactiva-summary endpoint="/collector" page="/tarifas"></proactiva-summary>'),
  '/score.html': dataPage('/proactiva-score.js', '<proactiva-score src="/report.json"></proactiva-score>'),
  '/feedback.html': page('/proactiva-feedback.js', 'proactiva-feedback', FEEDBACK, '#yes'),
  '/bundle.html': page('/proactiva-widgets.js', 'proactiva-feedback', FEEDBACK, '#yes'),
  '/lit.html': page('/lit.js', 'x-hola', '<x-hola></x-hola>', 'p'),
};
const server = createServer((req, res) => {
  const url = req.url ?? '/';
  // The built files under their own names (chunks import each other by relative path).
  const built = /^\/(chunks\/)?[\w.-]+\.js$/.test(url) && url !== '/lit.js' && existsSync(join(DIST, url)) ? readFileSync(join(DIST, url)) : null;
  const js = url === '/lit.js' ? baselineCode : built;
  if (js) {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    return res.end(js);
  }
  const data = url.startsWith('/collector/v1/summary?') ? SUMMARY_JSON : url === '/report.json' ? REPORT_JSON : null;
  if (data) {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    return res.end(data);
  }
  const html = PAGES[url];
  if (html) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(html);
  }
  res.writeHead(204);
  res.end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
/** A fresh context and tab on Chromium's "Slow 3G" (network emulation over CDP). */
const slow3gTab = async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  return { context, tab };
};
const chromiumVersion = browser.version();
const results: Record<string, { render: number[]; dcl: number[] }> = {};
const slow: Record<string, number[]> = {};
const slowData: Record<string, { shown: number[]; gap: number[] }> = {};
try {
  const runs = [
    ['proactiva-feedback.js', '/feedback.html'],
    ['proactiva-widgets.js', '/bundle.html'],
    ['*minimal Lit element* (reference)', '/lit.html'],
  ] as const;
  for (const [label, path] of runs) {
    results[label] = { render: [], dcl: [] };
    for (let i = 0; i < LOADS + 2; i++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(origin + path);
      const firstRender = (await tab.waitForFunction(() => (window as { __firstRender?: number }).__firstRender)).jsonValue() as Promise<number>;
      const render = await firstRender;
      const dcl = await tab.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
      await context.close();
      if (i < 2) continue; // warm-up loads (browser process start-up)
      results[label]!.render.push(render);
      results[label]!.dcl.push(dcl);
    }
  }

  // 3. Click on "No" → reasons form on Slow 3G: the first click pays for the lazy chunk unless a
  // hover or focus preloaded it.
  for (const [label, hoverFirst] of [['click at once', false], ['hover 1 s, then click', true]] as const) {
    slow[label] = [];
    for (let i = 0; i < SLOW_LOADS; i++) {
      const { context, tab } = await slow3gTab();
      await tab.goto(origin + '/feedback.html');
      await tab.waitForFunction(() => (window as { __firstRender?: number }).__firstRender);
      const no = tab.locator('proactiva-feedback').getByRole('button', { name: 'No', exact: true });
      if (hoverFirst) {
        await no.hover();
        await tab.waitForTimeout(1_000);
      }
      const start = Date.now();
      await no.click();
      await tab.locator('proactiva-feedback #details-heading').waitFor();
      slow[label]!.push(Date.now() - start);
      await context.close();
    }
  }

  // 4. Summary and score on Slow 3G: the validation chunk is requested with the data, so it should
  // arrive with it rather than add a round trip. Resource timing says when each response ended.
  for (const [label, path, event, data] of [
    ['proactiva-summary.js', '/summary.html', 'proactiva-summary-load', '/collector/v1/summary'],
    ['proactiva-score.js', '/score.html', 'proactiva-score-load', '/report.json'],
  ] as const) {
    slowData[label] = { shown: [], gap: [] };
    for (let i = 0; i < SLOW_LOADS; i++) {
      const { context, tab } = await slow3gTab();
      await tab.addInitScript((name) => {
        addEventListener(name, () => ((window as { __shown?: number }).__shown = performance.now()));
      }, event);
      await tab.goto(origin + path);
      const shown = (await (await tab.waitForFunction(() => (window as { __shown?: number }).__shown, undefined, { timeout: 60_000 })).jsonValue()) as number;
      const ends = await tab.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ name: new URL(r.name).pathname, end: r.responseEnd })));
      const dataEnd = ends.find((r) => r.name.startsWith(data))!.end;
      const validationEnd = ends.find((r) => r.name.includes('/chunks/validation-'))!.end;
      slowData[label]!.shown.push(shown);
      slowData[label]!.gap.push(validationEnd - dataEnd);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n### Time to first render in Chromium ${chromiumVersion}, median of ${LOADS} cold loads\n`);
console.log('Measured from navigation start to the moment the element has rendered (`updateComplete`; for <proactiva-feedback>, its question and buttons), on 127.0.0.1 with a fresh browser context per load. The bare Lit element shows the floor on this machine.\n');
console.log('| module | first render ms (median) | min | max | DOMContentLoaded ms (median) |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, r] of Object.entries(results)) {
  console.log(`| ${label} | ${median(r.render).toFixed(1)} | ${Math.min(...r.render).toFixed(1)} | ${Math.max(...r.render).toFixed(1)} | ${median(r.dcl).toFixed(1)} |`);
}
console.log(`\n### Click on "No" to the reasons form, Chromium "Slow 3G" (2 s latency, 400 kbit/s), median of ${SLOW_LOADS} loads\n`);
console.log('| case | ms (median) | min | max |');
console.log('|---|---:|---:|---:|');
for (const [label, xs] of Object.entries(slow)) console.log(`| ${label} | ${median(xs).toFixed(0)} | ${Math.min(...xs)} | ${Math.max(...xs)} |`);
console.log(`\n### Summary and score on Chromium "Slow 3G": validation beside the data, median of ${SLOW_LOADS} loads\n`);
console.log(
  'From navigation start to the load event of the element (data fetched and validated, shown). Gap: when the validation chunk finished arriving minus when the data did (resource timing). ' +
    'Both are requested at once, so a gap well under the 2 s latency means the validation cost no round trip of its own; what remains is the transfer of its bytes on the shared 400 kbit/s link (this server sends files uncompressed, as it does for every figure here).\n',
)
console.log('| module | data shown ms (median) | min | max | validation minus data, ms (median) | max |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [label, r] of Object.entries(slowData)) {
  console.log(`| ${label} | ${median(r.shown).toFixed(0)} | ${Math.min(...r.shown).toFixed(0)} | ${Math.max(...r.shown).toFixed(0)} | ${median(r.gap).toFixed(0)} | ${Math.max(...r.gap).toFixed(0)} |`);
}
