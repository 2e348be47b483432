import { dcatDatasets, fromDcatDataset } from './from-dcat.js';
import { fromCkanPackage } from './from-ckan.js';
import { fromSchemaOrgDataset } from './from-schema-org.js';
import { DatasetMetadata, type CatalogueReport } from './schema.js';
import { arrayOf, isObject, type Json } from './values.js';

export interface ReadCatalogue {
  format: CatalogueReport['format'];
  datasets: DatasetMetadata[];
}

export class CatalogueFormatError extends Error {
  override readonly name = 'CatalogueFormatError';
}

const MAX_DEPTH = 6;

function types(node: Json): string[] {
  const raw = node['@type'];
  return (Array.isArray(raw) ? raw : [raw]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[:/#]/, '').toLowerCase());
}

/** Every JSON-LD node typed Dataset, out of @graph, lists and nesting (bounded depth). */
function jsonLdDatasets(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > MAX_DEPTH || out.length >= 5_000) return out;
  if (Array.isArray(value)) {
    for (const item of value) jsonLdDatasets(item, out, depth + 1);
  } else if (isObject(value)) {
    if (types(value).includes('dataset')) out.push(value);
    else for (const child of Object.values(value)) jsonLdDatasets(child, out, depth + 1);
  }
  return out;
}

/** schema.org names a dataset with `name`; DCAT (and its prefixed JSON-LD) with `title`. */
const isSchemaOrg = (node: Json): boolean => 'name' in node && !Object.keys(node).some((k) => /(^|:)title$/.test(k));

const isJsonLd = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(isJsonLd) : isObject(value) && ('@context' in value || '@graph' in value || '@type' in value);

/**
 * Reads catalogue metadata in any of the shapes portals publish: a DCAT data.json, a CKAN
 * package_show or package_search response, JSON-LD (schema.org Dataset or DCAT). `embedded` marks
 * JSON-LD taken from a page's scripts. Throws CatalogueFormatError when nothing is recognised.
 */
export function readCatalogue(value: unknown, embedded = false): ReadCatalogue {
  const parse = (items: unknown[], format: ReadCatalogue['format']): ReadCatalogue => ({ format, datasets: items.map((d) => DatasetMetadata.parse(d)) });
  if (isObject(value) && 'result' in value && ('success' in value || 'help' in value)) {
    const result = value['result'];
    if (isObject(result) && Array.isArray(result['results'])) return parse(arrayOf(result['results']).map(fromCkanPackage), 'ckan-search');
    if (isObject(result)) return parse([fromCkanPackage(result)], 'ckan-package');
  }
  if (isObject(value) && Array.isArray(value['dataset']) && !isJsonLd(value)) return parse(dcatDatasets(value).map(fromDcatDataset), 'dcat');
  if (isJsonLd(value)) {
    const nodes = jsonLdDatasets(value);
    if (nodes.length) return parse(nodes.map((n) => (isSchemaOrg(n) ? fromSchemaOrgDataset(n) : fromDcatDataset(n))), embedded ? 'html' : 'json-ld');
  }
  if (Array.isArray(value) && value.every((v) => isObject(v) && Array.isArray(v['resources']))) return parse(arrayOf(value).map(fromCkanPackage), 'ckan-search');
  if (isObject(value) && Array.isArray(value['resources'])) return parse([fromCkanPackage(value)], 'ckan-package');
  if (isObject(value) && Array.isArray(value['dataset'])) return parse(dcatDatasets(value).map(fromDcatDataset), 'dcat');
  throw new CatalogueFormatError(
    embedded
      ? 'the page has no JSON-LD Dataset'
      : 'not a catalogue: expected a DCAT data.json ({"dataset": [...]}), a CKAN package_show/package_search response, or JSON-LD with a Dataset',
  );
}
