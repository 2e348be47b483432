import { defineSignal } from '../context.js';

/** One JSON-LD node (an object with properties), flattened out of @graph and nested values. */
export type JsonLdNode = Record<string, unknown>;

export interface JsonLd {
  nodes: JsonLdNode[];
  /** Scripts that could not be parsed (kept as evidence of broken markup). */
  invalid: number;
}

const SCRIPT_MAX_CHARS = 200_000;
const MAX_SCRIPTS = 20;
const MAX_NODES = 500;
const MAX_DEPTH = 8;

/** Every JSON-LD node of the page, bounded in size, count and depth; malformed scripts are counted, not thrown. */
export const jsonLdSignal = defineSignal<JsonLd>('json-ld', (ctx) => {
  const nodes: JsonLdNode[] = [];
  let invalid = 0;
  const scripts = Array.from(ctx.doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, MAX_SCRIPTS);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > SCRIPT_MAX_CHARS) {
      ctx.truncate(`json-ld: script over ${SCRIPT_MAX_CHARS} characters`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      invalid++;
      continue;
    }
    collect(data, nodes, 0);
  }
  return { nodes, invalid };
});

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_NODES)) collect(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  for (const key of Object.keys(node).slice(0, 200)) collect(node[key], out, depth + 1);
}

/** The node's @type values, lower-cased, without vocabulary prefixes ("dcat:Dataset" → "dataset"). */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[:/#]/, '').toLowerCase());
}

/** A property's value as a short string: strings as-is, {name}/{@id}/{@value} objects by that field. */
export function jsonLdString(value: unknown): string | null {
  if (typeof value === 'string') return value.slice(0, 500);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? jsonLdString(value[0]) : null;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of ['name', '@value', '@id', 'url', 'email']) {
      if (typeof obj[key] === 'string') return (obj[key] as string).slice(0, 500);
    }
  }
  return null;
}
