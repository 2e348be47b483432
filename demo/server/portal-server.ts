/**
 * The demo portal's web server: the static pages of demo/portal/, the built widgets under
 * /widgets/, and each page's latest audit under /<folder>/reportes/<slug>.json (for
 * <proactiva-score>) and .html (its Documento de Recomendaciones, rendered by the core). Pages name the collector at its documented default address; the server
 * writes the address the collector really has into them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AuditReport } from '../../core/index.js';
import { contentType, readRegularFile, resolveInside, send, sendText } from './static-files.js';

export const DEFAULT_COLLECTOR = 'http://127.0.0.1:8787';

export interface PortalServerOptions {
  portalDir: string;
  widgetsDir: string;
  /** The collector's address (known once it listens). */
  collectorUrl: () => string;
  /** The latest audit report of a page, or null when it has none. */
  latestReport(folder: string, slug: string): Promise<AuditReport | null>;
}

const REPORT = /^\/([a-z]+)\/reportes\/([a-z0-9-]+)\.(json|html)$/;

/** Points the widgets of a page at the running collector. */
export function withCollector(html: string, collectorUrl: string): string {
  return collectorUrl === DEFAULT_COLLECTOR ? html : html.replaceAll(`endpoint="${DEFAULT_COLLECTOR}"`, `endpoint="${collectorUrl}"`);
}

/** The file a portal URL path maps to: folders to index.html, clean URLs to .html files. */
export function portalFile(path: string): string {
  if (path.endsWith('/')) return `${path}index.html`;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path : `${path}.html`;
}

export function createPortalServer(options: PortalServerOptions): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return sendText(res, 405, 'Método no permitido', head);
    const path = new URL(req.url ?? '/', 'http://portal.local').pathname;

    const report = REPORT.exec(path);
    if (report) {
      const latest = await options.latestReport(report[1]!, report[2]!);
      if (report[3] === 'json') {
        return latest === null
          ? send(res, 404, 'application/json; charset=utf-8', '{"error":"sin auditoría"}', {}, head)
          : send(res, 200, 'application/json; charset=utf-8', JSON.stringify(latest), {}, head);
      }
      if (latest === null) return send(res, 404, 'text/html; charset=utf-8', notFound(), {}, head);
      const { toHtml } = await import('../../core/report/html.js'); // loaded on first use: keeps the start fast
      return send(res, 200, 'text/html; charset=utf-8', toHtml(latest, { locale: 'es-MX' }), { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }, head);
    }

    const fromWidgets = path.startsWith('/widgets/');
    const file = fromWidgets ? resolveInside(options.widgetsDir, path.slice('/widgets/'.length)) : resolveInside(options.portalDir, portalFile(path));
    if (!fromWidgets && /^\/[a-z]+$/.test(path)) {
      const index = await readRegularFile(join(options.portalDir, path, 'index.html'));
      if (index) {
        res.writeHead(301, { Location: `${path}/` });
        return res.end();
      }
    }
    const found = file ? await readRegularFile(file) : null;
    if (!found || !file) return send(res, 404, 'text/html; charset=utf-8', notFound(), {}, head);
    const type = contentType(file);
    const body = type.startsWith('text/html') ? withCollector(found.body.toString('utf8'), options.collectorUrl()) : found.body;
    send(res, 200, type, body, { 'Last-Modified': found.modified.toUTCString() }, head);
  };
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Error interno: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  });
}

const notFound = () =>
  '<!DOCTYPE html><html lang="es-MX"><head><meta charset="utf-8"><title>Página no encontrada</title></head><body><main><h1>Página no encontrada</h1><p><a href="/">Volver al inicio del portal de demostración</a></p></main></body></html>';
