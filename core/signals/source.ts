import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { jsonLdSignal, jsonLdString } from './json-ld.js';
import { findLabelled, labelPattern } from './labelled.js';
import { textBlocksSignal } from './text-blocks.js';

export interface SourceHit {
  text: string;
  origin: 'label' | 'link' | 'heading' | 'json-ld';
  element?: Element;
}

export interface SourceInfo {
  /** Where the data comes from ("Fuente: …"). */
  sources: SourceHit[];
  /** How it was produced ("Metodología", "Nota metodológica", "Notas técnicas"). */
  methodology: SourceHit[];
}

const SOURCE_LABEL = labelPattern(
  'fuentes?(?:\\s+de\\s+(?:los\\s+)?(?:datos|informaci[oó]n))?|origen\\s+de\\s+(?:los\\s+)?datos|elaborad[oa]\\s+con\\s+(?:datos|informaci[oó]n)\\s+de|con\\s+datos\\s+de',
);
const METHOD_LABEL = labelPattern(
  'metodolog[íi]a(?:\\s+de\\s+[\\p{L}\\s]{1,40})?|notas?\\s+metodol[óo]gicas?|notas?\\s+t[ée]cnicas?|criterios?\\s+de\\s+(?:elaboraci[óo]n|c[áa]lculo)|m[ée]todo\\s+de\\s+c[áa]lculo|definiciones',
);
const METHOD_WORDS = /metodolog|nota(?:s)?\s+(?:metodol|t[ée]cnica)|m[ée]todo de c[áa]lculo|c[óo]mo se (?:calcula|elabora|construye)/iu;
const MAX_HITS = 10;

/** Source of the data and the methodology behind it (a page that can be verified says both). */
export const sourceSignal = defineSignal<SourceInfo>('source', (ctx) => {
  const { blocks } = ctx.use(textBlocksSignal);
  const sources: SourceHit[] = [];
  const methodology: SourceHit[] = [];
  for (const hit of findLabelled(blocks, SOURCE_LABEL, MAX_HITS)) {
    if (/\p{L}{3,}/u.test(hit.value)) sources.push({ text: clip(`${hit.label}: ${hit.value}`, 200), origin: 'label', element: hit.valueElement });
  }
  for (const hit of findLabelled(blocks, METHOD_LABEL, MAX_HITS)) {
    const isHeading = /^h[2-6]$/.test(hit.element.tagName.toLowerCase());
    if (/\p{L}{3,}/u.test(hit.value) || isHeading) {
      methodology.push({ text: clip(`${hit.label}: ${hit.value}`, 200), origin: isHeading ? 'heading' : 'label', element: hit.valueElement });
    }
  }
  for (const el of ctx.elements()) {
    if (methodology.length >= MAX_HITS) break;
    if (el.tagName.toLowerCase() !== 'a' || !el.getAttribute('href')) continue;
    const text = clip(`${el.textContent ?? ''} ${el.getAttribute('title') ?? ''}`, 200);
    if (METHOD_WORDS.test(text) || METHOD_WORDS.test(el.getAttribute('href') ?? '')) methodology.push({ text, origin: 'link', element: el });
  }
  for (const node of ctx.use(jsonLdSignal).nodes) {
    const based = jsonLdString(node['isBasedOn'] ?? node['dct:source'] ?? node['source']);
    if (based) sources.push({ text: clip(`isBasedOn: ${based}`, 200), origin: 'json-ld' });
    const technique = jsonLdString(node['measurementTechnique'] ?? node['measurementMethod']);
    if (technique) methodology.push({ text: clip(`measurementTechnique: ${technique}`, 200), origin: 'json-ld' });
  }
  return { sources: sources.slice(0, MAX_HITS), methodology: methodology.slice(0, MAX_HITS) };
});
