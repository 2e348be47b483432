/** Browser-side outputs: a file download and the printable Documento de Recomendaciones. */
import type { AuditReport } from '../../../core/schemas/index.js';
import { toHtml } from '../../../core/report/html.js';
import type { Lang } from './i18n.js';

export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const saveText = (name: string, text: string, type: string): void => saveFile(name, new Blob([text], { type }));

/** Opens the core's standalone HTML report (its own CSP forbids scripts) in a new tab. */
export function openReport(report: AuditReport, lang: Lang): void {
  const html = toHtml(report, { locale: lang });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 120_000);
}

/** A file-name-safe stamp for exports. */
export const today = (): string => new Date().toISOString().slice(0, 10);
