import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createTableProfiler } from '../../resources/table-profiler.js';
import type { TableProfile } from '../../resources/schema.js';

export interface StructuredReadResult {
  structure: string;
  table?: TableProfile;
  parseError?: string;
}

const MAX_KEYS = 500;

const cell = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value).slice(0, 200) : String(value);

type Row = Record<string, unknown>;
const isRecord = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list of records as a table: columns are the keys of the first records, in order of appearance. */
function profileRecords(records: readonly Row[], maxRows: number): TableProfile {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const record of records.slice(0, 1_000)) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key) && keys.length < MAX_KEYS) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const profiler = createTableProfiler({ maxRows, headerRows: 1 });
  profiler.push(keys);
  for (const record of records) {
    // A record that lacks keys the others have is ragged, as a short CSV row would be.
    const present = keys.filter((k) => k in record).length;
    const row = keys.map((k) => cell(record[k]));
    if (!profiler.push(present === keys.length ? row : row.slice(0, Math.max(present, 1)))) break;
  }
  return profiler.result();
}

/** The first list of records in a parsed document (depth-first, a few levels down), with its path. */
function findRecords(value: unknown, path: string, depth = 0): { path: string; records: Row[] } | null {
  if (Array.isArray(value)) {
    const records = value.filter(isRecord);
    if (records.length && records.length >= value.length / 2) return { path: `${path}[]`, records };
    return null;
  }
  if (!isRecord(value) || depth > 4) return null;
  for (const [key, child] of Object.entries(value).slice(0, 100)) {
    const found = findRecords(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Parses JSON (JSON.parse) and profiles its records: a top-level array, or the first array of objects inside. */
export function readJson(text: string, options: { maxRows: number }): StructuredReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { structure: 'invalid', parseError: (error as Error).message.slice(0, 500) };
  }
  const found = findRecords(data, Array.isArray(data) ? '' : '$');
  const structure = Array.isArray(data) ? (found ? 'array of records' : 'array') : found ? `object with records at ${found.path}` : typeof data;
  return { structure: structure.slice(0, 200), ...(found ? { table: profileRecords(found.records, options.maxRows) } : {}) };
}

/** Validates and parses XML (fast-xml-parser) and profiles its first repeated element as records. */
export function readXml(text: string, options: { maxRows: number }): StructuredReadResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { structure: 'invalid', parseError: `${valid.err.msg} (line ${valid.err.line})`.slice(0, 500) };
  }
  const data: unknown = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: false, parseTagValue: false }).parse(text);
  const root = isRecord(data) ? Object.keys(data).find((k) => !k.startsWith('?')) ?? '' : '';
  const found = isRecord(data) ? findRecords(data[root], root) : null;
  return { structure: `<${root}>${found ? ` with records at ${found.path}` : ''}`.slice(0, 200), ...(found ? { table: profileRecords(found.records, options.maxRows) } : {}) };
}
