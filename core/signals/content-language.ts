import { defineSignal } from '../context.js';
import { textBlocksSignal } from './text-blocks.js';

/** The two languages the tool can tell apart in a page's text (es-MX first, English second). */
export type ContentLanguage = 'es' | 'en';

export interface ContentLanguageInfo {
  /** The language the visible text is written in, or null when the text is too short or mixed. */
  language: ContentLanguage | null;
  /** Function words of each language counted in the visible text. */
  counts: Record<ContentLanguage, number>;
}

/**
 * Short function words that each language uses in almost every sentence and the other never does
 * (Spanish «de», «que», «los»; English «the», «and», «of»). Words both languages write
 * («a», «no», «me», «he») are left out.
 */
const FUNCTION_WORDS: Record<ContentLanguage, ReadonlySet<string>> = {
  es: new Set(['de', 'la', 'que', 'el', 'los', 'las', 'del', 'y', 'para', 'por', 'una', 'se', 'con', 'su', 'al', 'es', 'en']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'for', 'with', 'this', 'that', 'are', 'from', 'by', 'be', 'it', 'your']),
};
/** Fewer function words than this in all is too little text to name a language. */
const MIN_FUNCTION_WORDS = 20;
/** One language names the text only when its function words outnumber the other's this many times. */
const DOMINANCE = 4;
/** Function words are plain ASCII: everything else separates them (accented words never match). */
const NOT_ASCII_LETTERS = /[^a-z]+/;
/** The first characters of text decide the language: more would only cost time. */
const SAMPLE_CHARS = 6_000;

/** The language of a text by its function words, or null when too short or mixed. */
export function detectLanguage(text: string): ContentLanguageInfo {
  const counts: Record<ContentLanguage, number> = { es: 0, en: 0 };
  for (const word of text.slice(0, SAMPLE_CHARS).toLowerCase().split(NOT_ASCII_LETTERS)) {
    if (FUNCTION_WORDS.es.has(word)) counts.es++;
    else if (FUNCTION_WORDS.en.has(word)) counts.en++;
  }
  let language: ContentLanguage | null = null;
  if (counts.es + counts.en >= MIN_FUNCTION_WORDS) {
    if (counts.es >= DOMINANCE * counts.en) language = 'es';
    else if (counts.en >= DOMINANCE * counts.es) language = 'en';
  }
  return { language, counts };
}

/** The language the page's visible text is written in (header, menus and footer included). */
export const contentLanguageSignal = defineSignal<ContentLanguageInfo>('content-language', (ctx) => {
  let text = '';
  for (const block of ctx.use(textBlocksSignal).blocks) {
    if (text.length > SAMPLE_CHARS) break;
    text += ` ${block.text}`;
  }
  return detectLanguage(text);
});
