import type { DatasetMetadataInput } from './schema.js';
import { arrayOf, compact, isObject, list, mailto, prop, str, type Json } from './values.js';

/** The contact e-mail of a schema.org creator/publisher/contactPoint, if any. */
function email(...nodes: unknown[]): string | undefined {
  for (const node of nodes) {
    for (const n of arrayOf(node)) {
      const found = str(n['email']) ?? (isObject(n['contactPoint']) ? str(n['contactPoint']['email']) : undefined);
      if (found) return mailto(found);
    }
  }
  return undefined;
}

/** A schema.org Dataset (JSON-LD embedded in a dataset page) in DCAT terms. */
export function fromSchemaOrgDataset(node: Json): DatasetMetadataInput {
  const contact = arrayOf(node['contactPoint'])[0];
  return compact({
    identifier: str(node['identifier']) ?? str(node['@id']),
    title: str(node['name']),
    description: str(node['description']),
    modified: str(node['dateModified']),
    issued: str(node['datePublished']) ?? str(node['dateCreated']),
    contactName: str(contact?.['name']) ?? str(prop(node, 'creator')) ?? undefined,
    contactEmail: email(node['contactPoint'], node['creator'], node['publisher'], node['maintainer']),
    landingPage: str(node['url']) ?? str(node['mainEntityOfPage']),
    accrualPeriodicity: str(node['accrualPeriodicity']) ?? str(node['repeatFrequency']),
    keywords: list(node['keywords']),
    themes: list(node['about'] ?? node['genre']).slice(0, 100),
    publisher: str(node['publisher']),
    license: str(node['license']),
    spatial: str(node['spatialCoverage']),
    temporal: str(node['temporalCoverage']),
    describedBy: str(node['variableMeasured'] ? 'variableMeasured' : undefined) ?? str(node['describedBy']),
    distributions: arrayOf(node['distribution']).map((d) =>
      compact({
        title: str(d['name']),
        downloadURL: str(d['contentUrl']),
        accessURL: str(d['url']),
        mediaType: str(d['encodingFormat']),
        format: str(d['fileFormat']) ?? str(d['encodingFormat']),
        license: str(d['license']),
      }),
    ),
  });
}
