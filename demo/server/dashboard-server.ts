/**
 * Serves the built dashboard (demo/dashboard/dist) and its runtime settings at /config.json: the
 * collector it reads and where each page can be opened in the demo portal. Unknown paths get
 * index.html (the dashboard keeps its state in the query string).
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { contentType, readRegularFile, resolveInside, send, sendText } from './static-files.js';

export interface DashboardServerOptions {
  distDir: string;
  /** The collector's address (known once it listens). */
  collectorUrl: () => string;
  /** Canonical page URL → local portal URL, for "Abrir en el portal" links. */
  pageLinks?: () => Record<string, string>;
}

const SECURITY = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' COLLECTOR; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'Referrer-Policy': 'no-referrer',
};

export function createDashboardServer(options: DashboardServerOptions): Server {
  return createServer((req, res) => {
    const headers = { ...SECURITY, 'Content-Security-Policy': SECURITY['Content-Security-Policy'].replace('COLLECTOR', options.collectorUrl()) };
    void (async () => {
      const head = req.method === 'HEAD';
      if (req.method !== 'GET' && !head) return sendText(res, 405, 'Método no permitido', head);
      const path = new URL(req.url ?? '/', 'http://dashboard.local').pathname;
      if (path === '/config.json') {
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ collector: options.collectorUrl(), pageLinks: options.pageLinks?.() ?? {} }), {}, head);
      }
      const asset = path !== '/' ? resolveInside(options.distDir, path) : null;
      const found = (asset ? await readRegularFile(asset) : null) ?? null;
      if (found && asset) return send(res, 200, contentType(asset), found.body, headers, head);
      if (/\.[a-z0-9]+$/i.test(path)) return sendText(res, 404, 'No encontrado', head);
      const index = await readRegularFile(join(options.distDir, 'index.html'));
      if (!index) return sendText(res, 503, 'El tablero no está construido: npm run build:dashboard', head);
      send(res, 200, 'text/html; charset=utf-8', index.body, headers, head);
    })().catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Error interno: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  });
}
