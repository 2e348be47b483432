/**
 * The text of an element cut where a reader sees a break: at <br>, and at block elements inside it
 * (list items, cells, headings, nested paragraphs or divs). Each segment ends a sentence, so a
 * run of short lines without full stops never reads as one 300-word sentence.
 */

const BREAKING = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'td', 'th', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'caption', 'hr', 'pre', 'address',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);
const MAX_NODES = 5_000;

/** Segments of whitespace-collapsed text, in order, at most `maxChars` characters read. */
export function textSegments(root: Element, maxChars: number): string[] {
  const segments: string[] = [];
  let current = '';
  let read = 0;
  let visited = 0;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) segments.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    if (++visited > MAX_NODES || read > maxChars) return;
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').slice(0, maxChars - read + 1);
      read += text.length;
      current += text;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    const breaks = BREAKING.has(tag);
    if (breaks) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (breaks) flush();
  };
  for (const child of Array.from(root.childNodes)) walk(child);
  flush();
  return segments;
}
