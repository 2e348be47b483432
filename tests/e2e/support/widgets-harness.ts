/**
 * Harness of the widgets e2e: a host portal on 127.0.0.1 serving pages that embed the three
 * widgets under a strict Content-Security-Policy header, and the REAL collector
 * (widgets/collector) with its embedded database, which can be stopped and started again on the
 * same port to play "collector down". Random free ports only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { audit, type AuditReport } from '../../../core/index.js';
import { toHtml } from '../../../core/report/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { startCollector, type Collector, type CollectorOptions } from '../../../widgets/collector/index.js';
import { FALLBACK_CSS, feedbackFallbackHtml } from '../../../widgets/feedback/fallback.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = join(ROOT, 'widgets/dist');

export const SITE = {
  id: 'portal-prueba',
  name: 'Portal de prueba de los widgets',
  publicKey: 'pk_widgets_e2e_0123456789',
  token: 'sk_widgets_e2e_0123456789abcdefghij',
};

/** Builds the widgets once if widgets/dist is missing (npm test builds before e2e anyway). */
export function ensureWidgetsBuilt(): void {
  if (existsSync(join(DIST, 'proactiva-widgets.js'))) return;
  const result = spawnSync('npm', ['run', 'build:widgets'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build:widgets failed');
}

/** A real AuditReport of one of the example pages, and its printable version. */
function exampleReport(): { report: AuditReport; html: string } {
  const dir = join(ROOT, 'tests/fixtures/pages');
  const expected = JSON.parse(readFileSync(join(dir, 'ckan-cdmx-dataset.expected.json'), 'utf8')) as { url: string; fetchedAt: string };
  const report = audit(snapshotFromHtml(readFileSync(join(dir, 'ckan-cdmx-dataset.html'), 'utf8'), expected));
  return { report, html: toHtml(report, { locale: 'es-MX' }) };
}

export interface PageOptions {
  lang?: 'es-MX' | 'en';
  /** Leave out privacy-url to see the refusal. */
  privacy?: boolean;
  /** Widget script: the bundle, one per-widget module, or none (what a browser without JavaScript gets). */
  script?: 'bundle' | 'per-widget' | 'none';
  /** Put the no-JavaScript fallback form inside <proactiva-feedback>. */
  fallback?: boolean;
}

const PAGE_CSS = `
:root { color-scheme: light dark; font: 17px/1.5 Georgia, "Times New Roman", serif; }
body { margin: 0; background: #fdfdfb; color: #1b1b1b; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; }
.widgets { display: grid; gap: 1rem; margin-top: 1.5rem; }
.widgets > proactiva-score { justify-self: start; }
@media (prefers-color-scheme: dark) { body { background: #111113; color: #f2f2f2; } a { color: #9ec5ff; } }
${FALLBACK_CSS}
`;

function pageHtml(collector: string, opts: PageOptions, address: string): string {
  const en = opts.lang === 'en';
  const lang = en ? ' lang="en"' : '';
  const privacy = opts.privacy === false ? '' : ' privacy-url="/aviso-de-privacidad"';
  const fallback = opts.fallback
    ? feedbackFallbackHtml({ endpoint: collector, siteKey: SITE.publicKey, site: SITE.id, page: address, privacyUrl: '/aviso-de-privacidad', locale: en ? 'en' : 'es-MX', style: false })
    : '';
  const scripts =
    opts.script === 'none'
      ? ''
      : opts.script === 'per-widget'
      ? ['proactiva-feedback.js', 'proactiva-summary.js', 'proactiva-score.js'].map((f) => `<script type="module" src="/widgets/${f}"></script>`).join('')
      : '<script type="module" src="/widgets/proactiva-widgets.js"></script>';
  return `<!doctype html>
<html lang="${en ? 'en' : 'es-MX'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${en ? 'Water rates 2026' : 'Tarifas de agua 2026'}</title>
<link rel="stylesheet" href="/page.css">
${scripts}
</head>
<body>
<main>
<h1>${en ? 'Water rates 2026' : 'Tarifas de agua 2026'}</h1>
<p>${en ? 'Monthly rates by consumption band, updated on 1 March 2026.' : 'Tarifas mensuales por rango de consumo, actualizadas el 1 de marzo de 2026.'}</p>
<section class="widgets" aria-label="${en ? 'Feedback and assessment' : 'Opinión y evaluación'}">
<proactiva-score src="/report.json" report-url="/reporte.html"${lang}></proactiva-score>
<proactiva-summary endpoint="${collector}"${lang}></proactiva-summary>
<proactiva-feedback site="${SITE.id}" site-key="${SITE.publicKey}" endpoint="${collector}"${privacy}${lang}>${fallback}</proactiva-feedback>
</section>
</main>
</body>
</html>`;
}

export interface WidgetsHarness {
  origin: string;
  collectorUrl: string;
  /** URL of a host page; each test should use its own `name` (one answer per page per day). */
  pageUrl(name: string, opts?: PageOptions): string;
  collector(): Collector;
  stopCollector(): Promise<void>;
  /** Starts the collector (again); `spam` replaces the harness's spam rules until the next start. */
  startCollector(options?: Pick<CollectorOptions, 'spam'>): Promise<void>;
  /** Every stored record for a page of this portal. */
  stored(name: string): Promise<{ id: string; useful: boolean; reasons: string[]; comment?: string | undefined }[]>;
  report: AuditReport;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

export async function startWidgetsHarness(): Promise<WidgetsHarness> {
  ensureWidgetsBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'proactiva-widgets-e2e-'));
  const { report, html: reportHtml } = exampleReport();
  let collectorUrl = '';
  const pages = new Map<string, PageOptions>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const csp = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      `connect-src 'self' ${collectorUrl}`,
      "img-src 'self'",
      "base-uri 'none'",
      // The no-JavaScript form posts to the collector, which answers 303 back here: Chromium checks
      // form-action on that redirect too, so the page's own origin is listed as well.
      `form-action 'self' ${collectorUrl}`,
      "frame-ancestors 'none'",
    ].join('; ');
    const send = (status: number, type: string, body: string | Buffer, strict = true) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...(strict ? { 'content-security-policy': csp } : {}) });
      res.end(body);
    };
    if (path.startsWith('/pagina/')) {
      const opts = pages.get(path.slice('/pagina/'.length)) ?? {};
      return send(200, 'text/html; charset=utf-8', pageHtml(collectorUrl, opts, `${origin}${path}`));
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'max-age=3600' });
      return res.end();
    }
    if (path === '/page.css') return send(200, 'text/css; charset=utf-8', PAGE_CSS);
    if (path === '/report.json') return send(200, 'application/json', JSON.stringify(report));
    // The printable report carries its own CSP (inline styles, no scripts).
    if (path === '/reporte.html') return send(200, 'text/html; charset=utf-8', reportHtml, false);
    if (path === '/aviso-de-privacidad') {
      return send(200, 'text/html; charset=utf-8', '<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Aviso de privacidad</title></head><body><main><h1>Aviso de privacidad</h1></main></body></html>');
    }
    if (path.startsWith('/widgets/')) {
      const file = normalize(join(DIST, path.slice('/widgets/'.length)));
      if (!file.startsWith(DIST) || !existsSync(file)) return send(404, 'text/plain', 'not found');
      return send(200, CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', readFileSync(file));
    }
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let collector: Collector | null = null;
  let port = 0;
  // The spam rules are on as in production, except the minimum time on the form: Playwright
  // answers faster than any person can. The too-fast rule has its own tests, which set it.
  const start = async (options: Pick<CollectorOptions, 'spam'> = {}) => {
    collector = await startCollector({ host: '127.0.0.1', port, dataDir, rateLimit: false, spam: { minAnswerMs: 0 }, ...options });
    port = Number(new URL(collector.url).port);
    collectorUrl = collector.url;
    await collector.store.registerSite({ ...SITE, origins: [origin] });
  };
  await start();

  return {
    origin,
    get collectorUrl() {
      return collectorUrl;
    },
    pageUrl(name, opts = {}) {
      pages.set(name, opts);
      return `${origin}/pagina/${name}`;
    },
    collector: () => {
      if (!collector) throw new Error('the collector is stopped');
      return collector;
    },
    async stopCollector() {
      await collector?.close();
      collector = null;
    },
    startCollector: (options) => start(options),
    async stored(name) {
      const all = await (collector ?? { store: null }).store!.exportFeedback();
      return all.filter((r) => r.page === `${origin}/pagina/${name}`);
    },
    report,
    async close() {
      await collector?.close();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
