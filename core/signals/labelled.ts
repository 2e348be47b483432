import type { TextBlock } from './text-blocks.js';

/** A "Label: value" pair found in the page text (same block, or the label's next block: dt/dd, th/td). */
export interface LabelledValue {
  /** The block holding the label. */
  element: Element;
  /** The block holding the value (the label's block or the next one). */
  valueElement: Element;
  label: string;
  value: string;
}

export const LABEL_VALUE_MAX = 300;
const SEPARATOR = /^\s*[:：\-–—]?\s*/u;
/** Tags whose text is a label and whose value is in the next block (definition lists, tables, forms). */
const LABEL_TAGS = new Set(['dt', 'th', 'td', 'label', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'div', 'span', 'p', 'li']);

/**
 * Builds the matcher for a label: the label must open the block or follow a separator
 * ("·", "|", ";", a sentence end), so prose that merely mentions the words does not count.
 */
export function labelPattern(label: string): RegExp {
  return new RegExp(`(?:^|[.|·•;]\\s+|\\n)\\s*[-*•]?\\s*(${label})\\s*(?:\\([^)]{0,40}\\))?\\s*(?:[:：\\-–—]|$|\\s)`, 'iu');
}

/**
 * Finds labelled values in leaf text blocks. The value is the rest of the block after the label
 * (cut before the next label-like "Xxx:" segment), or the next block when the label stands alone.
 */
export function findLabelled(blocks: readonly TextBlock[], label: RegExp, maxHits = 10): LabelledValue[] {
  const hits: LabelledValue[] = [];
  for (let i = 0; i < blocks.length && hits.length < maxHits; i++) {
    const block = blocks[i]!;
    const match = label.exec(block.text);
    if (!match) continue;
    const labelText = (match[1] ?? match[0]).trim();
    let value = block.text.slice(match.index + match[0].length).replace(SEPARATOR, '');
    value = cutAtNextLabel(value).slice(0, LABEL_VALUE_MAX).trim();
    let valueElement = block.element;
    if (!value && LABEL_TAGS.has(block.tag)) {
      const next = blocks[i + 1];
      if (next && next.text.length <= LABEL_VALUE_MAX * 4) {
        value = cutAtNextLabel(next.text).slice(0, LABEL_VALUE_MAX).trim();
        valueElement = next.element;
      }
    }
    hits.push({ element: block.element, valueElement, label: labelText, value });
  }
  return hits;
}

/** "30/06/2024 Área responsable: Dirección…" → "30/06/2024": stops at the next "Capitalised words:" label. */
function cutAtNextLabel(value: string): string {
  const next = /\s(?:[A-ZÁÉÍÓÚÑ][\p{L}]+(?:\s+[\p{Ll}\p{Lu}]+){0,4})\s*:\s/u.exec(value);
  return next && next.index > 0 ? value.slice(0, next.index) : value;
}
