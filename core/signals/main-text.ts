import { Readability } from '@mozilla/readability';
import { defineSignal, type AuditContext } from '../context.js';
import { maxDepth } from './dom.js';
import { textBlocksSignal } from './text-blocks.js';
import { textSegments } from './segments.js';
import { countWords } from './spanish-text.js';

export type MainTextSource = 'readability' | 'main' | 'article' | 'body' | 'blocks' | 'none';

export interface MainText {
  /**
   * Prose paragraphs of the main content, whitespace-collapsed; tables and lists excluded. A
   * paragraph broken by <br> or inner blocks gives one entry per line, each ending a sentence.
   */
  paragraphs: string[];
  source: MainTextSource;
  /** The main content element in the audited document (fallback sources only; Readability works on a clone). */
  root: Element | null;
  words: number;
  chars: number;
  /** Why Readability was not used, when it was not. */
  fallbackReason?: string;
}

/** Above this many elements Readability (several passes over a clone) is skipped for the fallback. */
export const READABILITY_MAX_ELEMENTS = 6_000;
/**
 * Above this nesting depth Readability is skipped too: its cleaning passes walk every ancestor
 * of every node, which turns quadratic or worse on pathological nesting (a 3,000-deep list took
 * minutes). Real pages stay well under 40 levels.
 */
export const READABILITY_MAX_DEPTH = 80;
/** Main text read at most (characters); readability needs far less than this to be stable. */
const MAIN_TEXT_MAX_CHARS = 100_000;
const PARAGRAPH_MAX_CHARS = 5_000;
const EXCLUDED = 'table, nav, form, figure, aside, header, footer, menu, pre, code, script, style, noscript, template, svg';
const EXCLUDED_ANCESTORS = new Set(EXCLUDED.split(', '));
/**
 * List items are fragments, not prose; a <p> written inside one is still a paragraph (the answers
 * of a list of questions), unless it is only a link (a list of documents marked up as paragraphs).
 */
const LISTS = new Set(['ul', 'ol', 'dl']);
const LINK_SHARE_OF_LISTED_PARAGRAPH = 0.5;
const MIN_PARAGRAPH_WORDS = 3;

function collectParagraphs(elements: Iterable<Element>, maxChars: number, isExcluded: (el: Element) => boolean): { paragraphs: string[]; chars: number } {
  const paragraphs: string[] = [];
  let chars = 0;
  for (const el of elements) {
    if (isExcluded(el)) continue;
    // Line breaks and blocks inside a paragraph end its sentences (a list typed with <br>).
    for (const segment of textSegments(el, PARAGRAPH_MAX_CHARS * 2)) {
      const text = segment.slice(0, PARAGRAPH_MAX_CHARS);
      if (countWords(text) < MIN_PARAGRAPH_WORDS) continue;
      if (chars + text.length > maxChars) return { paragraphs, chars };
      chars += text.length;
      paragraphs.push(text);
    }
  }
  return { paragraphs, chars };
}

function hasExcludedAncestor(el: Element, stop: Element | null): boolean {
  let node = el.parentElement;
  let listed = false;
  for (let i = 0; node && node !== stop && i < 60; i++) {
    const tag = node.tagName.toLowerCase();
    if (EXCLUDED_ANCESTORS.has(tag)) return true;
    listed ||= LISTS.has(tag);
    node = node.parentElement;
  }
  return listed && isMostlyLinks(el);
}

function isMostlyLinks(el: Element): boolean {
  const text = (el.textContent ?? '').trim().length;
  const linked = Array.from(el.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
  return text === 0 || linked / text > LINK_SHARE_OF_LISTED_PARAGRAPH;
}

function viaReadability(ctx: AuditContext, maxChars: number): { paragraphs: string[]; chars: number } | string {
  const count = ctx.elements().length;
  if (count > READABILITY_MAX_ELEMENTS) return `too many elements for Readability (${count})`;
  const depth = maxDepth(ctx.elements());
  if (depth > READABILITY_MAX_DEPTH) return `nesting too deep for Readability (${depth} levels)`;
  try {
    // Readability rewrites the DOM it reads: it only ever gets a deep clone.
    const clone = ctx.doc.cloneNode(true) as Document;
    const article = new Readability<Node>(clone, { serializer: (node) => node, maxElemsToParse: READABILITY_MAX_ELEMENTS, charThreshold: 300 }).parse();
    const content = article?.content as Element | null | undefined;
    if (!content || typeof content.querySelectorAll !== 'function') return 'Readability found no article';
    for (const el of Array.from(content.querySelectorAll(EXCLUDED))) el.remove();
    const found = collectParagraphs(content.querySelectorAll('p, blockquote'), maxChars, (el) => hasExcludedAncestor(el, content));
    return found.paragraphs.length ? found : 'Readability article had no prose paragraphs';
  } catch (error) {
    return `Readability failed: ${error instanceof Error ? error.message.slice(0, 120) : 'error'}`;
  }
}

/** Leaf blocks that hold prose when a page does not use <p>: divs, definitions, quotes. */
const PROSE_BLOCK_TAGS = new Set(['p', 'div', 'dd', 'blockquote', 'section', 'article', 'td']);
/** A layout-table cell is prose when it is this long; data cells are short. */
const PROSE_CELL_WORDS = 20;
/** The extract reads as too thin to measure below this; the page's own blocks are then tried too. */
const THIN_WORDS = 100;

/**
 * The page's own prose from its leaf text blocks (site chrome left out): for pages written
 * with <div>s, definition lists or layout tables instead of paragraphs, where Readability and
 * the <p> fallback find little. Data-table cells and list items never count.
 */
function viaProseBlocks(ctx: AuditContext, maxChars: number): { paragraphs: string[]; chars: number } {
  const { blocks } = ctx.use(textBlocksSignal);
  const elements: Element[] = [];
  for (const block of blocks) {
    if (block.chrome || !PROSE_BLOCK_TAGS.has(block.tag)) continue;
    if (block.tag === 'td' && (countWords(block.text) < PROSE_CELL_WORDS || block.element.closest('table')?.querySelector('th'))) continue;
    if (block.element.closest('li, nav, form, header, footer, figure, aside, pre, code')) continue;
    elements.push(block.element);
  }
  return collectParagraphs(elements, maxChars, () => false);
}

/**
 * The prose of the page's main content, for readability and plain-language measures:
 * Readability on a clone of the document, falling back to <main>, <article> or the body's
 * paragraphs; when that is thin, the page's own prose blocks (divs, layout cells) if they hold
 * more. Tables of data, lists, navigation and forms never count.
 */
export const mainTextSignal = defineSignal<MainText>('main-text', (ctx) => {
  const maxChars = Math.min(ctx.budget.maxTextChars, MAIN_TEXT_MAX_CHARS);
  const primary = primaryMainText(ctx, maxChars);
  if (primary.words >= THIN_WORDS) return primary;
  const blocks = viaProseBlocks(ctx, maxChars);
  const words = countWords(blocks.paragraphs.join(' '));
  if (words <= primary.words) return primary;
  return { ...blocks, source: 'blocks', root: null, words, fallbackReason: primary.fallbackReason ?? `${primary.source} extract was thin (${primary.words} words)` };
});

function primaryMainText(ctx: AuditContext, maxChars: number): MainText {
  const viaReader = viaReadability(ctx, maxChars);
  if (typeof viaReader !== 'string') {
    return { ...viaReader, source: 'readability', root: null, words: countWords(viaReader.paragraphs.join(' ')) };
  }
  const candidates: [MainTextSource, Element | null][] = [
    ['main', ctx.doc.querySelector('main, [role="main"]')],
    ['article', ctx.doc.querySelector('article')],
    ['body', ctx.doc.body ?? null],
  ];
  const paragraphTags = new Set(['p', 'blockquote']);
  for (const [source, root] of candidates) {
    if (!root) continue;
    const inRoot = ctx.elements().filter((el) => paragraphTags.has(el.tagName.toLowerCase()) && root.contains(el));
    const found = collectParagraphs(inRoot, maxChars, (el) => hasExcludedAncestor(el, root));
    if (!found.paragraphs.length && source !== 'body') continue;
    return { ...found, source, root, words: countWords(found.paragraphs.join(' ')), fallbackReason: viaReader };
  }
  return { paragraphs: [], chars: 0, source: 'none', root: null, words: 0, fallbackReason: viaReader };
}
