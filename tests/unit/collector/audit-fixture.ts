import { audit, type AuditReport } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

const PAGE = `<!doctype html><html lang="es-MX"><head><title>Tarifas de agua 2026</title></head><body>
<h1>Tarifas de agua potable</h1><p>Fecha de actualización: 1 de marzo de 2026. Área responsable: Dirección de Finanzas.</p>
<p>Esta página sirve para consultar las tarifas vigentes; está dirigida a personas usuarias del servicio.</p>
<a href="/datos/tarifas.csv">Descargar CSV</a></body></html>`;

/** A real AuditReport of a small page, audited at the given instant. */
export function auditReport(url: string, auditedAt = '2026-03-10T12:00:00.000Z'): AuditReport {
  const report = audit(snapshotFromHtml(PAGE, { url, fetchedAt: auditedAt }));
  return { ...report, auditedAt };
}
