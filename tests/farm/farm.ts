/**
 * The test farm: one HTTP handler standing in for many sujetos obligados, each on its own loopback
 * address (127.0.1.x, 127.0.2.x …) and the same port, so per-host politeness is real. It counts,
 * per host, requests, the most requests in flight at once and the shortest gap between two
 * request starts, so a test can check the crawler's manners. Loopback only; every stream it
 * writes is bounded in bytes and time.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { farmPage, sitePaths } from './pages.js';
import { farmSites, type FarmSite, type SiteKind } from './sites.js';

export interface FarmOptions {
  sites: number;
  pagesPerSite: number;
  /** Mix in the trouble kinds (every fifth site). */
  troubles?: boolean;
  /** Delay of slow hosts. */
  slowMs?: number;
  /** Delay of every page of every host (a stand-in for network and server time). */
  latencyMs?: number;
  /** Kinds of the first sites, in order (e.g. ['downloads', 'throttled429']). */
  kinds?: SiteKind[];
}

export interface HostStats {
  requests: number;
  inFlight: number;
  maxInFlight: number;
  /** Shortest gap between the starts of two requests, ms (Infinity with fewer than two). */
  minGapMs: number;
  lastStart: number;
  /** Requests per path. */
  paths: Map<string, number>;
  /** Requests per method and path ("HEAD /datos/x.csv"). */
  calls: Map<string, number>;
}

export interface Farm {
  port: number;
  sites: FarmSite[];
  pagesPerSite: number;
  url(site: FarmSite, path?: string): string;
  /** A padrón CSV of the farm's sites. */
  padronCsv(): string;
  stats: Map<string, HostStats>;
  totalRequests(): number;
  close(): Promise<void>;
}

const HUGE_BYTES = 8 * 1024 * 1024;

const GOOD_CSV = 'programa,monto_mxn,fecha_corte\r\nAgua potable,1250000,2026-09-30\r\nAlumbrado,830500,2026-09-30\r\nBacheo,412300,2026-09-30\r\n';
/** Files every farm host serves: [content type, body]. A `downloads` site links them. */
export const FARM_FILES: Record<string, [string, string]> = {
  '/datos/presupuesto-2026.csv': ['text/csv; charset=utf-8', GOOD_CSV],
  '/datos/presupuesto-2026.json': ['application/json', JSON.stringify([{ programa: 'Agua potable', monto_mxn: 1250000, fecha_corte: '2026-09-30' }])],
  // A portal that answers a .csv link with an HTML page.
  '/datos/padron.csv': ['text/html; charset=utf-8', '<!doctype html><html lang="es"><head><title>Portal</title></head><body><p>Bienvenido al portal</p></body></html>'],
  // Under robots.txt's Disallow: /privado; a polite crawler never asks for it.
  '/privado/contratos.csv': ['text/csv; charset=utf-8', GOOD_CSV],
};
/** Links of a `downloads` site's pages: its own files, and two on `other` (the next site's origin). */
export const downloadLinks = (other: string): string[] => [...Object.keys(FARM_FILES).filter((p) => p.endsWith('.csv')), `${other}/datos/presupuesto-2026.csv`, `${other}/privado/anexo.csv`];
const ENDLESS_MAX_MS = 60_000;

function page(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

function streamHuge(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const write = () => {
    while (sent < HUGE_BYTES && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    res.end();
  };
  res.write('<!doctype html><html lang="es"><head><title>Enorme</title></head><body><p>');
  write();
}

function streamEndless(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write('<!doctype html><html lang="es"><head><title>Sin fin</title></head><body>');
  const started = Date.now();
  const timer = setInterval(() => {
    if (res.destroyed || Date.now() - started > ENDLESS_MAX_MS) {
      clearInterval(timer);
      res.end();
    } else res.write('<p>…</p>');
  }, 200);
  res.on('close', () => clearInterval(timer));
}

export async function startFarm(options: FarmOptions): Promise<Farm> {
  const sites = farmSites(options.sites, options.troubles ?? false, options.kinds);
  const byAddress = new Map(sites.map((s) => [s.address, s]));
  const paths = sitePaths(options.pagesPerSite);
  const stats = new Map<string, HostStats>();
  const firstHits = new Set<string>();
  let port = 0;

  const links = (site: FarmSite, path: string): string[] => {
    const i = paths.indexOf(path);
    const next = [paths[i + 1], paths[i + 2], '/'].filter((p): p is string => p !== undefined);
    if (path === '/') {
      if (site.kind === 'redirectLoop') next.push('/bucle');
      if (site.kind === 'huge') next.push('/enorme');
      if (site.kind === 'endless') next.push('/sin-fin');
    }
    return next;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, site: FarmSite) => {
    const path = new URL(req.url ?? '/', 'http://farm').pathname;
    const origin = `http://${site.address}:${port}`;
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(site.kind === 'robotsRules'
        ? `User-agent: *\nDisallow: /p/\nCrawl-delay: 1\nSitemap: ${origin}/sitemap.xml\n`
        : `User-agent: *\nDisallow: /privado\nSitemap: ${origin}/sitemap.xml\n`);
    }
    if (path === '/sitemap.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      return res.end(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${origin}${p}</loc></url>`).join('')}</urlset>`);
    }
    if (path === '/bucle' || path === '/bucle2') {
      res.writeHead(302, { location: path === '/bucle' ? '/bucle2' : '/bucle' });
      return res.end();
    }
    if (path === '/enorme') return streamHuge(res);
    if (path === '/sin-fin') return streamEndless(res);
    const file = FARM_FILES[path] ?? (path.startsWith('/privado/') ? FARM_FILES['/privado/contratos.csv'] : undefined);
    if (!paths.includes(path) && !file) {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<!doctype html><title>No encontrada</title>');
    }
    const key = `${site.address}${path}`;
    if ((site.kind === 'throttled429' || site.kind === 'unavailable503') && !firstHits.has(key)) {
      firstHits.add(key);
      res.writeHead(site.kind === 'throttled429' ? 429 : 503, { 'retry-after': '1' });
      return res.end();
    }
    if (site.kind === 'broken5xx' && path.startsWith('/p/')) {
      res.writeHead(500);
      return res.end();
    }
    if (file) {
      res.writeHead(200, { 'content-type': file[0], 'last-modified': 'Thu, 01 Oct 2026 00:00:00 GMT' });
      return res.end(file[1]);
    }
    const other = sites[(site.index + 1) % sites.length]!;
    const html = farmPage(site, path, site.quality, links(site, path), site.kind === 'downloads' ? downloadLinks(`http://${other.address}:${port}`) : []);
    const delay = (site.kind === 'slow' ? (options.slowMs ?? 300) : 0) + (options.latencyMs ?? 0);
    if (delay > 0) return void setTimeout(() => page(res, html), delay);
    page(res, html);
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const site = byAddress.get(req.socket.localAddress ?? '');
    if (!site) {
      res.writeHead(421);
      res.end();
      return;
    }
    const now = performance.now();
    let s = stats.get(site.address);
    if (!s) stats.set(site.address, (s = { requests: 0, inFlight: 0, maxInFlight: 0, minGapMs: Infinity, lastStart: -Infinity, paths: new Map(), calls: new Map() }));
    const host = s;
    host.requests++;
    const path = new URL(req.url ?? '/', 'http://farm').pathname;
    host.paths.set(path, (host.paths.get(path) ?? 0) + 1);
    const call = `${req.method ?? 'GET'} ${path}`;
    host.calls.set(call, (host.calls.get(call) ?? 0) + 1);
    host.minGapMs = Math.min(host.minGapMs, now - host.lastStart);
    host.lastStart = now;
    host.inFlight++;
    host.maxInFlight = Math.max(host.maxInFlight, host.inFlight);
    res.on('close', () => host.inFlight--);
    handle(req, res, site);
  };

  // One server, one listening socket per address, all on one port (the first free one found).
  const listenAll = async (): Promise<void> => {
    const listeners: Server[] = [];
    try {
      for (const site of sites) {
        const s = createServer(onRequest);
        s.keepAliveTimeout = 5_000;
        await new Promise<void>((done, fail) => {
          s.once('error', fail);
          s.listen(port, site.address, () => {
            if (port === 0) port = (s.address() as { port: number }).port;
            done();
          });
        });
        listeners.push(s);
      }
      extra = listeners;
    } catch (error) {
      await Promise.all(listeners.map((l) => new Promise((d) => l.close(d))));
      throw error;
    }
  };
  let extra: Server[] = [];
  for (let tries = 0; ; tries++) {
    try {
      port = 0;
      await listenAll();
      break;
    } catch (error) {
      if (tries >= 4) throw error;
    }
  }

  return {
    port,
    sites,
    pagesPerSite: paths.length,
    url: (site, path = '/') => `http://${site.address}:${port}${path}`,
    padronCsv: () =>
      ['id,nombre,ambito,entidad,url', ...sites.map((s) => `${s.id},${s.name},${s.ambito},${s.entidad},http://${s.address}:${port}/`)].join('\n') + '\n',
    stats,
    totalRequests: () => [...stats.values()].reduce((n, s) => n + s.requests, 0),
    async close() {
      await Promise.all(extra.map((s) => new Promise((done) => { s.closeAllConnections(); s.close(done); })));
    },
  };
}
