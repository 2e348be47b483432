/** Helpers to read loosely typed catalogue JSON: strings, lists, vocabulary prefixes. */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A property by its bare name, whatever vocabulary prefix it carries ("dct:title", "dcat:keyword", "http://…#title"). */
export function prop(node: Json, name: string): unknown {
  if (name in node) return node[name];
  for (const key of Object.keys(node)) {
    if (key.replace(/^.*[:/#]/, '') === name) return node[key];
  }
  return undefined;
}

/** A short string out of a string, number, {name|@value|@id|title} object, or the first of a list. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim().slice(0, 2_000) || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (isObject(value)) return str(value['@value'] ?? value['name'] ?? value['title'] ?? value['fn'] ?? value['@id'] ?? value['display_name']);
  return undefined;
}

export function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : typeof value === 'string' ? value.split(/\s*,\s*/) : [value];
  return items.map(str).filter((s): s is string => Boolean(s)).slice(0, 200);
}

export const arrayOf = (value: unknown): Json[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isObject).slice(0, 500);

export const mailto = (value: string | undefined): string | undefined => value?.replace(/^mailto:/i, '') || undefined;

export function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
