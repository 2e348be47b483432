import type { DatasetMetadataInput, DistributionMetadata } from './schema.js';
import { arrayOf, compact, isObject, list, mailto, prop, str, type Json } from './values.js';

function distribution(node: Json): DistributionMetadata {
  const size = Number(str(prop(node, 'byteSize')));
  return compact({
    title: str(prop(node, 'title')),
    downloadURL: str(prop(node, 'downloadURL')),
    accessURL: str(prop(node, 'accessURL')),
    mediaType: str(prop(node, 'mediaType')),
    format: str(prop(node, 'format')),
    byteSize: Number.isFinite(size) ? size : undefined,
    describedBy: str(prop(node, 'describedBy')),
    license: str(prop(node, 'license')),
  });
}

/** A DCAT dataset (data.json in the Project Open Data schema the Mexican guide follows, or DCAT JSON-LD). */
export function fromDcatDataset(node: Json): DatasetMetadataInput {
  const contact = prop(node, 'contactPoint');
  const contactNode = isObject(contact) ? contact : Array.isArray(contact) && isObject(contact[0]) ? contact[0] : {};
  const distributions = arrayOf(prop(node, 'distribution')).map(distribution);
  return compact({
    identifier: str(prop(node, 'identifier')) ?? str(node['@id']),
    title: str(prop(node, 'title')),
    description: str(prop(node, 'description')),
    modified: str(prop(node, 'modified')),
    issued: str(prop(node, 'issued')),
    contactName: str(prop(contactNode, 'fn')) ?? (typeof contact === 'string' ? contact : undefined),
    contactEmail: mailto(str(prop(contactNode, 'hasEmail')) ?? str(prop(node, 'mbox'))),
    landingPage: str(prop(node, 'landingPage')),
    accrualPeriodicity: str(prop(node, 'accrualPeriodicity')),
    keywords: list(prop(node, 'keyword')),
    themes: list(prop(node, 'theme')).slice(0, 100),
    publisher: str(prop(node, 'publisher')),
    license: str(prop(node, 'license')) ?? distributions.find((d) => d.license)?.license,
    spatial: str(prop(node, 'spatial')),
    temporal: str(prop(node, 'temporal')),
    describedBy: str(prop(node, 'describedBy')) ?? distributions.find((d) => d.describedBy)?.describedBy,
    distributions,
  });
}

/** The datasets of a data.json catalogue ({dataset: [...]}, or DCAT JSON-LD with dcat:dataset). */
export function dcatDatasets(catalogue: Json): Json[] {
  return arrayOf(prop(catalogue, 'dataset'));
}
