import type { AuditContext } from '../../context.js';
import { completenessSignal } from '../../signals/completeness.js';
import { fileExtension } from '../../signals/resource-health.js';

const DOCUMENT_ONLY = new Set(['pdf']);

/** Structured data files linked from the page (CSV, XLS, JSON… — not PDF documents). */
export function structuredDataLinks(ctx: AuditContext) {
  return ctx.use(completenessSignal).dataLinks.filter((l) => !DOCUMENT_ONLY.has(fileExtension(l.href)));
}

/** The page publishes a dataset: data files or schema.org/DCAT Dataset markup. */
export function publishesData(ctx: AuditContext): boolean {
  return structuredDataLinks(ctx).length > 0 || ctx.use(completenessSignal).dataset !== null;
}
