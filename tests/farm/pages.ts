/**
 * Generated pages of a farm site, at four quality levels (0 poor … 3 good): the better the level,
 * the more of what the Decálogo looks for (dates, open formats, tables, contact, explanation).
 */
export type Quality = 0 | 1 | 2 | 3;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function farmPage(site: { id: string; name: string }, path: string, quality: Quality, links: readonly string[], downloads: readonly string[] = []): string {
  const title = `${site.name} — ${path === '/' ? 'Inicio' : path.replace(/\//g, ' ').trim()}`;
  const nav = links.map((l) => `<li><a href="${escape(l)}">${escape(l)}</a></li>`).join('');
  const body: string[] = [`<h1>${escape(title)}</h1>`];
  if (quality >= 1) {
    body.push(`<p>Esta sección publica información de interés público sobre los programas de ${escape(site.name)}, para que la ciudadanía pueda consultarla, reutilizarla y dar seguimiento a las decisiones del sujeto obligado.</p>`);
  }
  if (quality >= 2) {
    body.push(
      '<p>Fecha de actualización: 15 de octubre de 2026. Periodo que se informa: enero a septiembre de 2026.</p>',
      '<table><caption>Presupuesto ejercido por programa</caption><thead><tr><th scope="col">Programa</th><th scope="col">Monto (MXN)</th></tr></thead>',
      '<tbody><tr><td>Agua potable</td><td>1,250,000</td></tr><tr><td>Alumbrado</td><td>830,500</td></tr></tbody></table>',
      `<p><a href="/datos/presupuesto-2026.csv">Descargar datos abiertos (CSV)</a> · <a href="/datos/presupuesto-2026.json">JSON</a></p>`,
    );
  }
  if (downloads.length > 0) {
    body.push(`<p>Descargas: ${downloads.map((d) => `<a href="${escape(d)}">${escape(d.split('/').pop()!)}</a>`).join(' · ')}</p>`);
  }
  if (quality >= 3) {
    body.push(
      '<p>Fuente: Dirección de Finanzas, con base en el sistema de contabilidad gubernamental. Licencia: CC BY 4.0.</p>',
      '<p>Responsable de la información: Unidad de Transparencia, <a href="mailto:transparencia@ejemplo.gob.mx">transparencia@ejemplo.gob.mx</a>, tel. 55 5555 5555.</p>',
      '<p>¿Le fue útil esta información? Envíe sus comentarios a la Unidad de Transparencia.</p>',
    );
  }
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${escape(title)}</title>
<link rel="canonical" href="${escape(path)}"></head><body><nav><ul>${nav}</ul></nav><main>${body.join('\n')}</main></body></html>`;
}

/** The page paths of a site: the home page, two sections and numbered pages; each links to the next few. */
export function sitePaths(pages: number): string[] {
  const paths = ['/', '/transparencia', '/datos'];
  for (let i = 1; paths.length < pages; i++) paths.push(`/p/${i}`);
  return paths.slice(0, Math.max(1, pages));
}
