import type { DatasetMetadataInput } from './schema.js';
import { arrayOf, compact, isObject, list, str, type Json } from './values.js';

/** A CKAN extra ({key, value}) or a top-level field of the same name (ckanext-dcat style). */
function extra(pkg: Json, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const top = str(pkg[key]);
    if (top) return top;
    const found = arrayOf(pkg['extras']).find((e) => keys.includes(str(e['key']) ?? ''));
    if (found) return str(found['value']);
  }
  return undefined;
}

/** A CKAN package (package_show's result, or one of package_search's results) in DCAT terms. */
export function fromCkanPackage(pkg: Json): DatasetMetadataInput {
  const organization = isObject(pkg['organization']) ? pkg['organization'] : undefined;
  return compact({
    identifier: str(pkg['id']) ?? str(pkg['name']),
    title: str(pkg['title']) ?? str(pkg['name']),
    description: str(pkg['notes']),
    modified: extra(pkg, 'modified', 'metadata_modified'),
    issued: extra(pkg, 'issued', 'metadata_created'),
    contactName: str(pkg['maintainer']) ?? str(pkg['author']) ?? extra(pkg, 'contact_name'),
    contactEmail: str(pkg['maintainer_email']) ?? str(pkg['author_email']) ?? extra(pkg, 'contact_email', 'mbox'),
    landingPage: str(pkg['url']) ?? extra(pkg, 'landingPage', 'landing_page'),
    accrualPeriodicity: extra(pkg, 'accrualPeriodicity', 'frequency', 'accrual_periodicity'),
    keywords: arrayOf(pkg['tags']).map((t) => str(t['display_name'] ?? t['name'])).filter((s): s is string => Boolean(s)).slice(0, 200),
    themes: [...arrayOf(pkg['groups']).map((g) => str(g['title'] ?? g['name'])).filter((s): s is string => Boolean(s)), ...list(extra(pkg, 'theme'))].slice(0, 100),
    publisher: str(organization?.['title'] ?? organization?.['name']),
    license: str(pkg['license_title']) ?? str(pkg['license_id']),
    spatial: extra(pkg, 'spatial'),
    temporal: extra(pkg, 'temporal'),
    describedBy: extra(pkg, 'describedBy', 'data_dictionary'),
    distributions: arrayOf(pkg['resources']).map((r) => {
      const size = Number(str(r['size']));
      return compact({
        title: str(r['name']),
        downloadURL: str(r['url']),
        mediaType: str(r['mimetype']),
        format: str(r['format']),
        byteSize: Number.isFinite(size) && size > 0 ? size : undefined,
        describedBy: str(r['describedBy']),
      });
    }),
  });
}
