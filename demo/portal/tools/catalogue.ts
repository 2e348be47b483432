/**
 * The demo's open-data catalogue: a DCAT data.json (the schema the Mexican guide follows) of both
 * fictional sujetos obligados, made from the same dataset list as the download files. Current
 * series carry every mandatory field; last year's copies (CSV only, no dictionary, no stated
 * periodicity) show what `proactiva catalogo` asks to fill first.
 */
import { SITES } from '../catalog.js';
import { datasets, type Dataset } from './datasets.js';

const SITE_OF = { agua: SITES.agua, salud: SITES.salud } as const;

/** Canonical URL of a file under demo/portal/ (`agua/datos/x` → https://agua…/datos/x). */
function published(path: string): string {
  const [folder, ...rest] = path.split('/');
  return `${SITE_OF[folder as keyof typeof SITE_OF].host}/${rest.join('/')}`;
}

function entry(set: Dataset) {
  const folder = set.file.split('/')[0] as keyof typeof SITE_OF;
  const site = SITE_OF[folder];
  const current = set.json;
  return {
    identifier: set.file.split('/').pop()!,
    title: set.title,
    description: `${set.title}. ${set.fields.length} campos: ${set.fields.map((f) => f.name).join(', ')}.`,
    modified: set.updated,
    publisher: { name: site.name },
    contactPoint: { fn: 'Unidad de Transparencia', ...(current ? { hasEmail: `mailto:transparencia@${new URL(site.host).hostname}` } : {}) },
    ...(current ? { accrualPeriodicity: 'R/P1M', landingPage: `${site.host}/` } : {}),
    keyword: [folder, ...set.title.toLowerCase().split(/[\s,]+/).filter((w) => w.length > 5).slice(0, 3)],
    license: 'https://www.datos.gob.mx/libreusomx',
    ...(set.dictionary ? { describedBy: published(`${set.dictionary}.csv`) } : {}),
    distribution: [
      { title: 'CSV', downloadURL: published(`${set.file}.csv`), mediaType: 'text/csv', format: 'CSV' },
      ...(set.json ? [{ title: 'JSON', downloadURL: published(`${set.file}.json`), mediaType: 'application/json', format: 'JSON' }] : []),
    ],
  };
}

export function demoCatalogue() {
  return {
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    dataset: datasets().map(entry),
  };
}
