import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../fixtures');
const SAFE_NAME = /^[a-z0-9][a-z0-9-]*\.html$/;

export interface FixtureServer {
  origin: string;
  /** Delay (ms) before each /site/ page answers, to watch a batch in progress. */
  siteDelayMs: number;
  url(path: string): string;
  /** Requests seen, in order ("METHOD /path"). */
  requests: string[];
  close(): Promise<void>;
}

/** A small same-origin site for batch runs: an index linking to `pages` pages, each linking on. */
export function batchSitePage(index: number, pages: number): string {
  const links = Array.from({ length: pages }, (_, i) => `<li><a href="/site/p${i + 1}.html">Página ${i + 1}</a></li>`).join('');
  const title = index === 0 ? 'Portal de transparencia — inicio' : `Indicadores del programa ${index}`;
  const body =
    index === 0
      ? `<p>Portal de datos abiertos de la Comisión Estatal. Fecha de actualización: 1 de marzo de 2026.</p><ul>${links}</ul><p><a href="/files/datos.csv">Descargar datos (CSV)</a></p>`
      : `<p>Este conjunto de datos sirve para conocer el avance del programa ${index}. Dirigido a la ciudadanía.</p>
         <p>Fecha de actualización: ${1 + (index % 27)} de febrero de 2026. Periodicidad: mensual.</p>
         <p>Área responsable: Dirección de Planeación. Contacto: datos@ejemplo.gob.mx</p>
         ${index % 3 === 0 ? '<p><a href="/files/datos.csv">Datos en CSV</a> · Licencia: Libre Uso MX</p>' : '<p><a href="/files/informe.pdf">Informe en PDF</a></p>'}
         <p><a href="/site/index.html">Inicio</a> · <a href="/site/p${(index % pages) + 1}.html">Siguiente</a> · <a href="https://otro-sitio.example/externo.html">Enlace externo</a></p>`;
  return `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>${title}</title><meta name="description" content="${title}"></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function route(req: IncomingMessage, res: ServerResponse, state: { siteDelayMs: number }): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  const page = /^\/(pages|ext)\/([^/]+)$/.exec(path);
  if (page && SAFE_NAME.test(page[2]!)) {
    const dir = page[1] === 'pages' ? 'pages' : 'extension';
    try {
      return send(res, 200, 'text/html; charset=utf-8', readFileSync(join(ROOT, dir, page[2]!)));
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
  }
  const site = /^\/site\/(index|p(\d+))\.html$/.exec(path);
  if (site) {
    const pages = Number(url.searchParams.get('pages') ?? 12);
    const body = batchSitePage(site[2] ? Number(site[2]) : 0, pages);
    if (state.siteDelayMs > 0) return void setTimeout(() => send(res, 200, 'text/html; charset=utf-8', body), state.siteDelayMs);
    return send(res, 200, 'text/html; charset=utf-8', body);
  }
  if (path === '/files/datos.csv') {
    const body = 'anio,monto\n2025,100\n2026,120\n';
    return send(res, 200, 'text/csv; charset=utf-8', req.method === 'HEAD' ? '' : body, {
      'last-modified': 'Sun, 01 Mar 2026 12:00:00 GMT',
      'content-length': String(Buffer.byteLength(body)),
    });
  }
  if (path === '/files/informe.pdf') return send(res, 200, 'application/pdf', req.method === 'HEAD' ? '' : '%PDF-1.4\n', { 'content-length': '9' });
  // Real resource fixtures with the type their name announces (a .csv that holds HTML says text/csv, as misconfigured portals do).
  const resource = /^\/files\/resources\/([a-z0-9-]+\.(csv|pdf|json))$/.exec(path);
  if (resource) {
    const type = { csv: 'text/csv', pdf: 'application/pdf', json: 'application/json' }[resource[2] as 'csv' | 'pdf' | 'json'];
    try {
      const body = readFileSync(join(ROOT, 'resources', resource[1]!));
      return send(res, 200, type, req.method === 'HEAD' ? '' : body, { 'content-length': String(body.byteLength) });
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
  }
  if (path === '/files/roto.xlsx') return send(res, 404, 'text/html', 'no existe');
  if (path.startsWith('/big/')) {
    const mb = Math.min(25, Math.max(1, Number(/\/big\/(\d+)/.exec(path)?.[1] ?? 1)));
    const form = url.searchParams.get('form');
    return send(res, 200, 'text/html; charset=utf-8', bigPage(mb, form === 'list' || form === 'details' ? form : 'table'));
  }
  send(res, 404, 'text/plain', 'not found');
}

/**
 * A generated transparency page of about `mb` MB: a huge contracts table (as the core bench), or
 * the same rows as a list ("list"), or that list folded in a closed <details> ("details": the same
 * DOM, but the browser lays none of it out, so the page loads in seconds rather than a minute).
 */
export function bigPage(mb: number, form: 'table' | 'list' | 'details' = 'table'): string {
  const table = form === 'table';
  const head = `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Contratos ${mb} MB</title></head><body><h1>Contratos</h1><p>Fecha de actualización: 1 de marzo de 2026</p>${
    table
      ? '<table><thead><tr><th>Núm.</th><th>Concepto</th><th>Área</th><th>Monto</th><th>Archivo</th></tr></thead><tbody>'
      : form === 'details'
        ? '<details><summary>Todos los contratos</summary><ul>'
        : '<ul>'
  }`;
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const cells = [String(i), `Contrato de adquisición de bienes y servicios número ${i}`, 'Dirección de Recursos Materiales', `$${(i * 137) % 999_999}.00`, `<a href="/contratos/c${i}.pdf">PDF</a>`];
    const row = table ? `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>` : `<li>${cells.map((c) => `<span>${c}</span>`).join(' ')}</li>`;
    parts.push(row);
    size += row.length;
  }
  parts.push(table ? '</tbody></table></body></html>' : form === 'details' ? '</ul></details></body></html>' : '</ul></body></html>');
  return parts.join('');
}

/** Serves the fixture pages and the batch site on 127.0.0.1, on a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const state = { siteDelayMs: 0 };
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    try {
      route(req, res, state);
    } catch (error) {
      send(res, 500, 'text/plain', String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    get siteDelayMs() {
      return state.siteDelayMs;
    },
    set siteDelayMs(ms: number) {
      state.siteDelayMs = ms;
    },
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
