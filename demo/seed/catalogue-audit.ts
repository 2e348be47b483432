/**
 * The seeded catalogue audit: the portal's DCAT data.json (`datos.json`, both sujetos obligados)
 * read and scored by the core's catalogue reader, as the garante would publish it with
 * `proactiva catalogo --format json` and POST /v1/catalogue-audits. Dated with the last audit
 * round, so the tablero's date range treats it like the audits of that day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue, scoreCatalogue, type CatalogueReport } from '../../core/catalogue/index.js';
import { CATALOGUE_URL } from '../portal/catalog.js';
import { AUDIT_ROUNDS } from './timeline.js';

/** The latest of the sujetos obligados' last audit rounds. */
export const CATALOGUE_SCORED_AT = Object.values(AUDIT_ROUNDS)
  .map((rounds) => rounds.at(-1)!)
  .sort()
  .at(-1)!;

export function catalogueAudit(portalDir: string): CatalogueReport {
  const { format, datasets } = readCatalogue(JSON.parse(readFileSync(join(portalDir, 'datos.json'), 'utf8')));
  return scoreCatalogue(CATALOGUE_URL, format, datasets, { scoredAt: CATALOGUE_SCORED_AT });
}
