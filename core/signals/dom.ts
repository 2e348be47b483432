import type { Evidence, LocalizedText } from '../schemas/index.js';

const SNIPPET_MAX = 200;
const SELECTOR_MAX = 2_000;

/** Collapses whitespace and cuts to `max` characters (with an ellipsis). Text only, never HTML. */
export function clip(text: string, max = SNIPPET_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const cssIdent = (value: string): string => value.replace(/([^a-zA-Z0-9_-])/g, '\\$1').replace(/^(\d)/, '\\3$1 ');

/**
 * A CSS selector that finds `el` again in the same document: the nearest ancestor with a
 * usable id, then `tag:nth-of-type(n)` steps. Bounded depth so hostile nesting cannot blow it up.
 */
export function cssSelector(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  let depth = 0;
  while (node && node.nodeType === 1 && depth < 60) {
    const tag = node.tagName.toLowerCase();
    const id = node.getAttribute('id');
    if (id && /^[A-Za-z][\w-]{0,80}$/.test(id)) {
      steps.unshift(`${tag}#${cssIdent(id)}`);
      break;
    }
    if (tag === 'html' || tag === 'body' || tag === 'head') {
      steps.unshift(tag);
      if (tag === 'html') break;
      node = node.parentElement;
      depth++;
      continue;
    }
    let index = 1;
    let sibling = node.previousElementSibling;
    while (sibling) {
      if (sibling.tagName === node.tagName) index++;
      sibling = sibling.previousElementSibling;
    }
    steps.unshift(`${tag}:nth-of-type(${index})`);
    node = node.parentElement;
    depth++;
  }
  return clip(steps.join(' > '), SELECTOR_MAX);
}

/**
 * The deepest nesting among `elements` (given in document order, so a parent comes before its
 * children): one pass, a map lookup per element.
 */
export function maxDepth(elements: readonly Element[]): number {
  const depths = new Map<Element, number>();
  let max = 0;
  for (const el of elements) {
    const parent = el.parentElement;
    const depth = (parent ? depths.get(parent) ?? 0 : 0) + 1;
    depths.set(el, depth);
    if (depth > max) max = depth;
  }
  return max;
}

/** The visible text of an element, clipped. */
export function textOf(el: Element, max = SNIPPET_MAX): string {
  return clip(el.textContent ?? '', max);
}

/** Evidence pointing at an element: selector + a text snippet (or a short tag description). */
export function elementEvidence(el: Element, label?: LocalizedText, snippet?: string): Evidence {
  const text = snippet !== undefined ? clip(snippet) : textOf(el);
  return {
    kind: 'element',
    selector: cssSelector(el),
    snippet: text || `<${el.tagName.toLowerCase()}>`,
    ...(label ? { label } : {}),
  };
}

export function urlEvidence(url: string, label?: LocalizedText, snippet?: string): Evidence {
  return { kind: 'url', url: clip(url, 2_048), ...(snippet ? { snippet: clip(snippet) } : {}), ...(label ? { label } : {}) };
}

export function valueEvidence(value: string | number | boolean, label?: LocalizedText): Evidence {
  return { kind: 'value', value: typeof value === 'string' ? clip(value, 500) : value, ...(label ? { label } : {}) };
}

export function textEvidence(snippet: string, label?: LocalizedText): Evidence {
  return { kind: 'text', snippet: clip(snippet), ...(label ? { label } : {}) };
}
