/**
 * A small Frictionless Table Schema checker for the tests (no maintained JS validator installs
 * here: frictionless-js/tableschema-js are archived). It reads the descriptor the collector
 * publishes and checks every row of a resource against it: the CSV header against the field
 * names in order, each cell cast by the field's type (string with format uri, integer, number,
 * boolean, yearmonth, date, datetime), the missingValues, the required, minimum and enum
 * constraints, and the
 * primary key's uniqueness. It returns the problems found, so a test can show it fails.
 */
import { parseCsv } from './csv.js';

export interface SchemaField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; minimum?: number; enum?: unknown[] };
}
export interface TableSchema {
  fields: SchemaField[];
  missingValues?: string[];
  primaryKey?: string[];
}
export interface DataResource {
  name: string;
  path: string;
  format: string;
  profile?: string;
  /** Absent for a resource that is not tabular (e.g. a JSON document beside the CSVs). */
  schema?: TableSchema;
  dialect?: { delimiter?: string; lineTerminator?: string; header?: boolean };
}
export interface DataPackage {
  name: string;
  profile?: string;
  resources: DataResource[];
}

const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'yearmonth', 'date', 'datetime']);

/** The descriptor's own shape: names per the spec, a path, a known type for every field. */
export function checkDescriptor(pkg: DataPackage): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9._-]+$/.test(pkg.name ?? '')) problems.push(`package name ${JSON.stringify(pkg.name)} is not lowercase [a-z0-9._-]`);
  if (!Array.isArray(pkg.resources) || pkg.resources.length === 0) problems.push('no resources');
  for (const r of pkg.resources ?? []) {
    if (!/^[a-z0-9._-]+$/.test(r.name ?? '')) problems.push(`resource name ${JSON.stringify(r.name)} is invalid`);
    if (typeof r.path !== 'string' || r.path.includes('..') || r.path.startsWith('/')) problems.push(`resource ${r.name}: path must be relative`);
    const tabular = r.profile === 'tabular-data-resource' || r.schema !== undefined;
    const names = r.schema?.fields?.map((f) => f.name) ?? [];
    if (tabular && names.length === 0) problems.push(`resource ${r.name}: schema has no fields`);
    if (new Set(names).size !== names.length) problems.push(`resource ${r.name}: duplicate field names`);
    for (const f of r.schema?.fields ?? []) if (!TYPES.has(f.type)) problems.push(`resource ${r.name}: field ${f.name} has unknown type ${f.type}`);
    for (const k of r.schema?.primaryKey ?? []) if (!names.includes(k)) problems.push(`resource ${r.name}: primary key ${k} is not a field`);
  }
  return problems;
}

/** A cell cast to its logical value, or an Error. `null` is a missing value. */
function cast(field: SchemaField, raw: unknown, missing: readonly string[]): unknown {
  if (raw === null || raw === undefined || (typeof raw === 'string' && missing.includes(raw))) return null;
  const text = String(raw);
  switch (field.type) {
    case 'string':
      if (typeof raw !== 'string') return new Error('not a string');
      if (field.format === 'uri' && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(text)) return new Error('not a URI');
      return text;
    case 'integer':
      if (typeof raw === 'number' ? !Number.isInteger(raw) : !/^[+-]?\d+$/.test(text)) return new Error('not an integer');
      return Number(text);
    case 'number':
      if (typeof raw === 'number' ? !Number.isFinite(raw) : !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return new Error('not a number');
      return Number(text);
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      return ['true', 'True', 'TRUE', '1'].includes(text) ? true : ['false', 'False', 'FALSE', '0'].includes(text) ? false : new Error('not a boolean');
    case 'yearmonth':
      return /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : new Error('not a yearmonth (YYYY-MM)');
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : new Error('not a date');
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : new Error('not a datetime (ISO 8601 with zone)');
    default:
      return new Error(`unknown type ${field.type}`);
  }
}

/** Checks rows given as objects (a JSON resource) or as a CSV text (header first). */
export function checkRows(schema: TableSchema, data: { json: unknown } | { csv: string }): { problems: string[]; rows: Record<string, unknown>[] } {
  const problems: string[] = [];
  const missing = schema.missingValues ?? [''];
  let records: Record<string, unknown>[];
  if ('csv' in data) {
    const [header = [], ...lines] = parseCsv(data.csv);
    const names = schema.fields.map((f) => f.name);
    if (header.join(',') !== names.join(',')) problems.push(`CSV header ${header.join(',')} is not ${names.join(',')}`);
    records = lines.map((cells, i) => {
      if (cells.length !== names.length) problems.push(`row ${i + 1}: ${cells.length} cells for ${names.length} fields`);
      return Object.fromEntries(names.map((n, j) => [n, cells[j]]));
    });
  } else {
    if (!Array.isArray(data.json)) return { problems: ['JSON resource is not an array of rows'], rows: [] };
    records = data.json as Record<string, unknown>[];
  }
  const keys = new Set<string>();
  const rows = records.map((record, i) => {
    const row: Record<string, unknown> = {};
    if ('json' in data) {
      for (const name of Object.keys(record)) if (!schema.fields.some((f) => f.name === name)) problems.push(`row ${i + 1}: ${name} is not a field`);
    }
    for (const field of schema.fields) {
      const value = cast(field, record[field.name], missing);
      if (value instanceof Error) problems.push(`row ${i + 1}, ${field.name}: ${value.message} (${JSON.stringify(record[field.name])})`);
      else {
        if (value === null && field.constraints?.required) problems.push(`row ${i + 1}, ${field.name}: required`);
        if (value !== null && field.constraints?.enum && !field.constraints.enum.includes(value)) problems.push(`row ${i + 1}, ${field.name}: ${JSON.stringify(value)} is not one of ${field.constraints.enum.join(', ')}`);
        if (typeof value === 'number' && field.constraints?.minimum !== undefined && value < field.constraints.minimum) problems.push(`row ${i + 1}, ${field.name}: below ${field.constraints.minimum}`);
        row[field.name] = value;
      }
    }
    if (schema.primaryKey) {
      const key = JSON.stringify(schema.primaryKey.map((k) => row[k]));
      if (keys.has(key)) problems.push(`row ${i + 1}: primary key ${key} repeated`);
      keys.add(key);
    }
    return row;
  });
  return { problems, rows };
}
