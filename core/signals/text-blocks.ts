import { defineSignal } from '../context.js';
import { regionSignal } from './region.js';

/** A leaf block of visible text (no block descendants): a paragraph, list item, cell, heading… */
export interface TextBlock {
  element: Element;
  tag: string;
  /** Whitespace-collapsed text, cut at BLOCK_TEXT_MAX characters. */
  text: string;
  /** Inside <main>, <article> or [role=main]. */
  inMain: boolean;
  /** In the site's header, navigation, footer or menus (core/signals/region.ts): site-level text. */
  chrome: boolean;
}

export interface TextBlocks {
  blocks: TextBlock[];
  /** Characters read in total (bounded by budget.maxTextChars). */
  chars: number;
}

export const BLOCK_TEXT_MAX = 2_000;

const BLOCK_TAGS = new Set([
  'p', 'li', 'dt', 'dd', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption',
  'address', 'blockquote', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav',
  'label', 'legend', 'summary', 'details', 'pre', 'dl', 'ul', 'ol', 'table', 'tr', 'tbody', 'thead',
  'form', 'fieldset', 'figure', 'body',
]);

/** Never read as text: code, styles, templates and invisible machinery. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe', 'object']);

const MAX_ANCESTOR_WALK = 40;

function isInside(el: Element, tags: Set<string>): boolean {
  let node: Element | null = el.parentElement;
  for (let i = 0; node && i < MAX_ANCESTOR_WALK; i++) {
    if (tags.has(node.tagName.toLowerCase())) return true;
    node = node.parentElement;
  }
  return false;
}

const MAIN_TAGS = new Set(['main', 'article']);

/**
 * The page's visible text as leaf blocks, in document order, in one bounded pass over
 * ctx.elements(): an element is a leaf block when no block element sits below it. Leaf blocks
 * never nest, so reading their text costs time linear in the text. Text past
 * budget.maxTextChars is not read (and the audit is flagged truncated).
 */
export const textBlocksSignal = defineSignal<TextBlocks>('text-blocks', (ctx) => {
  const elements = ctx.elements();
  const hasBlockChild = new Set<Element>();
  for (const el of elements) {
    const tag = el.tagName.toLowerCase();
    if (!BLOCK_TAGS.has(tag)) continue;
    let node: Element | null = el.parentElement;
    for (let i = 0; node && i < MAX_ANCESTOR_WALK; i++) {
      if (BLOCK_TAGS.has(node.tagName.toLowerCase())) {
        hasBlockChild.add(node);
        break;
      }
      node = node.parentElement;
    }
  }
  const { isChrome } = ctx.use(regionSignal);
  const blocks: TextBlock[] = [];
  let chars = 0;
  const limit = ctx.budget.maxTextChars;
  for (const el of elements) {
    const tag = el.tagName.toLowerCase();
    if (!BLOCK_TAGS.has(tag)) continue;
    if (isInside(el, SKIP_TAGS) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
    const raw = hasBlockChild.has(el) ? inlineText(el) : (el.textContent ?? '');
    const text = raw.slice(0, BLOCK_TEXT_MAX * 2).replace(/\s+/g, ' ').trim().slice(0, BLOCK_TEXT_MAX);
    if (!text) continue;
    if (chars + text.length > limit) {
      ctx.truncate(`text: over ${limit} characters`);
      break;
    }
    chars += text.length;
    blocks.push({
      element: el,
      tag,
      text,
      inMain: MAIN_TAGS.has(tag) || el.getAttribute('role') === 'main' || isInside(el, MAIN_TAGS) || hasMainRoleAncestor(el),
      chrome: isChrome(el),
    });
  }
  return { blocks, chars };
});

/** Text a block holds outside its child blocks ("Fecha: <b>2024</b><p>…</p>" → "Fecha: 2024"). */
function inlineText(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes).slice(0, 200)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toLowerCase();
      if (!BLOCK_TAGS.has(tag) && !SKIP_TAGS.has(tag)) out += ` ${(node.textContent ?? '').slice(0, BLOCK_TEXT_MAX)} `;
    }
    if (out.length > BLOCK_TEXT_MAX * 2) break;
  }
  return out;
}

function hasMainRoleAncestor(el: Element): boolean {
  let node: Element | null = el.parentElement;
  for (let i = 0; node && i < MAX_ANCESTOR_WALK; i++) {
    if (node.getAttribute('role') === 'main') return true;
    node = node.parentElement;
  }
  return false;
}
