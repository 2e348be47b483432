import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { jsonLdSignal, jsonLdString, jsonLdTypes, type JsonLdNode } from './json-ld.js';

export interface DatasetMetadata {
  /** Where the description came from. */
  source: 'json-ld' | 'microdata' | 'rdfa' | 'ckan';
  element?: Element;
  name: string | null;
  /** The mandatory fields of the Mexican open-data guide present (DCAT names). */
  fields: string[];
}

export interface StructuredData {
  datasets: DatasetMetadata[];
  /** Other schema.org types described (WebPage, GovernmentOrganization, BreadcrumbList…). */
  otherTypes: string[];
  /** Malformed JSON-LD scripts. */
  invalidJsonLd: number;
}

/** DCAT fields the Mexican open-data guide requires (design §2), and their schema.org synonyms. */
export const DATASET_FIELDS: Record<string, string[]> = {
  identifier: ['identifier', '@id', 'dct:identifier'],
  title: ['name', 'title', 'dct:title'],
  description: ['description', 'dct:description'],
  modified: ['dateModified', 'modified', 'dct:modified'],
  contactPoint: ['contactPoint', 'creator', 'publisher', 'dcat:contactPoint'],
  keyword: ['keywords', 'keyword', 'dcat:keyword'],
  accrualPeriodicity: ['accrualPeriodicity', 'dct:accrualPeriodicity', 'temporalCoverage'],
  distribution: ['distribution', 'dcat:distribution'],
  license: ['license', 'dct:license'],
};

const DATASET_TYPES = new Set(['dataset', 'datacatalog', 'datadownload']);

function presentFields(get: (name: string) => boolean): string[] {
  return Object.entries(DATASET_FIELDS)
    .filter(([, names]) => names.some(get))
    .map(([field]) => field);
}

/** schema.org Dataset (JSON-LD, microdata), DCAT RDFa and CKAN dataset markup. */
export const structuredDataSignal = defineSignal<StructuredData>('structured-data', (ctx) => {
  const json = ctx.use(jsonLdSignal);
  const datasets: DatasetMetadata[] = [];
  const other = new Set<string>();
  for (const node of json.nodes) {
    const types = jsonLdTypes(node);
    if (types.some((t) => DATASET_TYPES.has(t))) {
      if (types.includes('datadownload')) continue;
      datasets.push({ source: 'json-ld', name: jsonLdString(node['name'] ?? node['title']), fields: presentFields((n) => hasValue(node, n)) });
    } else {
      for (const t of types) if (other.size < 20) other.add(t);
    }
  }
  for (const el of ctx.elements()) {
    if (datasets.length >= 20) break;
    const itemtype = el.getAttribute('itemtype') ?? '';
    const typeof_ = el.getAttribute('typeof') ?? '';
    if (/schema\.org\/Dataset/i.test(itemtype)) {
      datasets.push({
        source: 'microdata',
        element: el,
        name: clip(el.querySelector('[itemprop="name"]')?.textContent ?? '', 200) || null,
        fields: presentFields((n) => el.querySelector(`[itemprop="${n.replace(/^\w+:/, '')}"]`) !== null),
      });
    } else if (/(?:^|\s)(dcat:Dataset|schema:Dataset)(?:\s|$)/i.test(typeof_)) {
      datasets.push({
        source: 'rdfa',
        element: el,
        name: clip(el.querySelector('[property="dct:title"], [property="schema:name"]')?.textContent ?? '', 200) || null,
        fields: presentFields((n) => el.querySelector(`[property="${n.includes(':') ? n : `dct:${n}`}"], [property="dcat:${n}"], [property="schema:${n}"]`) !== null),
      });
    } else if (isCkanDataset(el)) {
      datasets.push({
        source: 'ckan',
        element: el,
        name: clip(el.querySelector('h1')?.textContent ?? '', 200) || null,
        fields: ckanFields(el),
      });
    }
  }
  return { datasets, otherTypes: [...other], invalidJsonLd: json.invalid };
});

function hasValue(node: JsonLdNode, name: string): boolean {
  const v = node[name];
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
}

/** CKAN's dataset page: <div class="... dataset ..."> with a resource list and "additional info" table. */
function isCkanDataset(el: Element): boolean {
  if (el.tagName.toLowerCase() !== 'section' && el.tagName.toLowerCase() !== 'div' && el.tagName.toLowerCase() !== 'article') return false;
  const cls = el.getAttribute('class') ?? '';
  return /(?:^|\s)(module-content|dataset-resources|package-content)(?:\s|$)/.test(cls) && el.querySelector('ul.resource-list, .resource-item, table.additional-info') !== null;
}

function ckanFields(el: Element): string[] {
  const text = (el.closest('body') ?? el).textContent ?? '';
  const out: string[] = [];
  if (/Autor|Author|Mantenedor|Maintainer/i.test(text)) out.push('contactPoint');
  if (/[ÚU]ltima actualizaci[óo]n|Last Updated|Modificado/i.test(text)) out.push('modified');
  if (/Licencia|License/i.test(text)) out.push('license');
  if (el.querySelector('.resource-item, ul.resource-list li')) out.push('distribution');
  if (el.querySelector('h1')) out.push('title');
  if (el.querySelector('.notes, p')) out.push('description');
  if (/Etiquetas|Tags/i.test(text)) out.push('keyword');
  if (/Frecuencia|Frequency|Periodicidad/i.test(text)) out.push('accrualPeriodicity');
  return out;
}
