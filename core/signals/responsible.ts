import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { jsonLdSignal, jsonLdString } from './json-ld.js';
import { findLabelled, labelPattern } from './labelled.js';
import { textBlocksSignal } from './text-blocks.js';

export interface ResponsibleArea {
  name: string;
  /** label: "Área responsable: …" in the text; metadata: meta/JSON-LD only; text: an office named in prose. */
  source: 'label' | 'metadata' | 'text';
  snippet: string;
  element?: Element;
}

export interface Responsible {
  areas: ResponsibleArea[];
}

const LABEL = labelPattern(
  '[áa]reas?\\s+responsables?(?:\\s+de\\s+(?:la\\s+)?(?:informaci[oó]n|publicaci[oó]n|generar[\\p{L}\\s]{0,40}))?|unidad(?:es)?\\s+administrativas?(?:\\s+responsables?)?|unidad(?:es)?\\s+responsables?|responsables?\\s+de\\s+(?:la\\s+)?(?:informaci[oó]n|publicaci[oó]n|los\\s+datos|generar[\\p{L}\\s]{0,40})|[áa]rea\\s+(?:que\\s+genera|generadora|que\\s+gener[oó]|que\\s+publica)|(?:departamento|direcci[oó]n|[áa]rea|unidad|dependencia)\\s+(?:asignad[oa]|encargad[oa]|a\\s+cargo)|(?:elaborad[oa]|generad[oa]|publicad[oa])\\s+por|responsable',
);
const OFFICE =
  /(?<!\p{L})(?:Direcci[oó]n|Subdirecci[oó]n|Coordinaci[oó]n|Unidad|Departamento|Jefatura|Gerencia|Tesorer[ií]a|Contralor[ií]a|Oficial[ií]a)\s+(?:General\s+|Ejecutiva\s+|Nacional\s+)?de\s+(?:la\s+|los\s+|las\s+)?\p{Lu}[\p{L}\s,]{3,100}/u;
const META_KEYS = new Set(['author', 'dc.creator', 'dc.publisher', 'dcterms.creator', 'dcterms.publisher']);
const JSON_LD_KEYS = ['creator', 'publisher', 'author', 'sourceOrganization', 'producer', 'dct:publisher', 'dct:creator'];
const MAX_AREAS = 20;
const SCAN_CHARS = 60_000;

/** The office responsible for the information (Lineamientos Técnicos Generales: "Área(s) responsable(s)"). */
export const responsibleSignal = defineSignal<Responsible>('responsible', (ctx) => {
  const { blocks } = ctx.use(textBlocksSignal);
  const areas: ResponsibleArea[] = [];
  for (const hit of findLabelled(blocks, LABEL, MAX_AREAS)) {
    if (!/\p{L}{3,}/u.test(hit.value)) continue;
    areas.push({ name: clip(hit.value, 200), source: 'label', snippet: clip(`${hit.label}: ${hit.value}`, 200), element: hit.valueElement });
  }
  for (const meta of Array.from(ctx.doc.querySelectorAll('meta[content]')).slice(0, 300)) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    const content = (meta.getAttribute('content') ?? '').trim();
    if (META_KEYS.has(key) && content) areas.push({ name: clip(content, 200), source: 'metadata', snippet: `${key}=${clip(content, 150)}`, element: meta });
  }
  for (const node of ctx.use(jsonLdSignal).nodes) {
    for (const key of JSON_LD_KEYS) {
      const name = jsonLdString(node[key]);
      if (name && !/^https?:/.test(name)) areas.push({ name: clip(name, 200), source: 'metadata', snippet: clip(`${key}: ${name}`, 200) });
    }
  }
  let scanned = 0;
  for (const block of blocks) {
    if (areas.length >= MAX_AREAS || (scanned += block.text.length) > SCAN_CHARS) break;
    const m = OFFICE.exec(block.text);
    if (m) areas.push({ name: clip(m[0], 200), source: 'text', snippet: clip(block.text, 200), element: block.element });
  }
  return { areas: areas.slice(0, MAX_AREAS) };
});
