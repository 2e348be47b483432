/**
 * The seeded audits of the portal's downloads: a few files read by the core's resource readers
 * and scored by `auditResource`, as of the sujeto obligado's last audit round. Stored beside the
 * page audits (same report shape); the tablero tells them apart by their URL (a file name).
 */
import { join } from 'node:path';
import type { AuditReport } from '../../core/index.js';
import { auditResource } from '../../core/resources/audit-resource.js';
import { profileResource } from '../../core/node/resources/profile-resource.js';
import { DEFAULT_RESOURCE_LIMITS } from '../../core/net/resources/profile-source.js';
import { PAGES, type PortalPage } from '../portal/catalog.js';
import { backdatedClock } from './audit-history.js';
import { AUDIT_ROUNDS } from './timeline.js';

export interface DemoResource {
  /** The page that links the file. */
  slug: string;
  /** Path under demo/portal/ (`<folder>/<datos|documentos>/<name>`). */
  file: string;
}

/** One good dataset with its dictionary and JSON copy, the broken CSV, the scanned PDF and a PDF with text. */
export const DEMO_RESOURCES: readonly DemoResource[] = [
  { slug: 'tarifas', file: 'agua/datos/tarifas-2026.csv' },
  { slug: 'tarifas', file: 'agua/datos/tarifas-2026.json' },
  { slug: 'tarifas', file: 'agua/datos/tarifas-diccionario.csv' },
  { slug: 'tarifas', file: 'agua/datos/tarifas-2025.csv' },
  { slug: 'reglamento-interior', file: 'salud/documentos/reglamento-interior.pdf' },
  { slug: 'indicadores-mir', file: 'salud/documentos/mir-ssve-3t.pdf' },
];

/** The file's published address (`agua/datos/x.csv` → https://agua…/datos/x.csv), as the page links it. */
export const resourceUrl = (page: PortalPage, file: string): string => `${page.site.host}/${file.split('/').slice(1).join('/')}`;

export interface SeededResource {
  page: PortalPage;
  report: AuditReport;
}

/** Reads and audits one file as of `at`. The file's modification time is left out: it is the checkout's, not the publisher's. */
export async function auditResourceAt(portalDir: string, page: PortalPage, file: string, at: string): Promise<AuditReport> {
  const { profile } = await profileResource(join(portalDir, file), DEFAULT_RESOURCE_LIMITS, { baseUrl: resourceUrl(page, file) });
  const { lastModified: _checkout, ...content } = profile;
  return auditResource(content, { fetchedAt: at, clock: backdatedClock(at) });
}

/** The demo resources linked from `pages`, audited as of their sujeto obligado's last round. */
export async function resourceAudits(portalDir: string, pages: readonly PortalPage[] = PAGES): Promise<SeededResource[]> {
  const out: SeededResource[] = [];
  for (const resource of DEMO_RESOURCES) {
    const page = pages.find((p) => p.slug === resource.slug);
    const at = page ? AUDIT_ROUNDS[page.site.id]?.at(-1) : undefined;
    if (page && at) out.push({ page, report: await auditResourceAt(portalDir, page, resource.file, at) });
  }
  return out;
}
