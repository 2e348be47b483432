import { FORMATS, type FormatId } from '../signals/formats.js';
import type { ResourceKind } from './schema.js';

const FORMAT_OF: Record<ResourceKind, FormatId | null> = {
  csv: 'csv', tsv: 'tsv', json: 'json', xml: 'xml', ods: 'ods', xlsx: 'xlsx', xls: 'xls', pdf: 'pdf', html: null, unknown: null,
};

/** Openness stars of what the file really is (design §2 table); unreadable or HTML is 0. */
export function resourceStars(kind: ResourceKind, readable: boolean): number {
  const id = FORMAT_OF[kind];
  return id && readable ? FORMATS[id].stars : 0;
}
