import { defineSignal } from '../context.js';
import { mainTextSignal } from './main-text.js';
import { readabilitySignal } from './readability.js';
import { words } from './spanish-text.js';

/**
 * Below this many words of main text the plain-language counts (long sentences, legal formulas,
 * direct address) are not judged. They need no statistical sample the way the readability
 * formulas do (100 words, design §2): a short text's long sentence or legal formula is plain to see.
 */
export const PLAIN_LANGUAGE_MIN_WORDS = 40;


/** Legal and bureaucratic formulas that plain-language guides advise against. */
export const LEGAL_JARGON: readonly string[] = [
  'de conformidad con', 'en términos de', 'con fundamento en', 'lo dispuesto en', 'fracción', 'numeral', 'inciso',
  'mediante el cual', 'mediante la cual', 'en virtud de', 'toda vez que', 'en apego a', 'en lo conducente',
  'a efecto de', 'para los efectos de', 'en su caso', 'el presente', 'la presente', 'por medio del presente',
  'se hace del conocimiento', 'sujeto obligado', 'sujetos obligados', 'ordenamiento', 'de mérito', 'en comento',
  'previsto en', 'en materia de', 'por lo anteriormente expuesto', 'los mismos', 'las mismas', 'en tiempo y forma',
];

export interface JargonHit {
  term: string;
  count: number;
}

export interface AcronymUse {
  acronym: string;
  /** Expanded at first use: "Nombre Completo (NC)" or "NC (Nombre Completo)". */
  defined: boolean;
  /** The sentence of the first use. */
  context: string;
}

export interface PlainLanguage {
  words: number;
  sentences: number;
  jargon: JargonHit[];
  jargonCount: number;
  jargonPer100Words: number;
  /** Passive (ser + participle) and passive/impersonal "se" forms. */
  passiveCount: number;
  passivePerSentence: number;
  /** Second-person forms addressing the reader (tú/usted). */
  secondPerson: string[];
  acronyms: AcronymUse[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const JARGON_PATTERNS = LEGAL_JARGON.map((term) => [term, new RegExp(`(?<![\\p{L}])${escape(term)}(?![\\p{L}])`, 'giu')] as const);

const PASSIVE_SE = /(?<!\p{L})se\s+(?:le\s+|les\s+)?\p{L}+(?:a|e|an|en|ó|aron|ieron|ará|erá|irá|arán|erán|irán|aba|ía|aban|ían)(?!\p{L})/giu;
const PASSIVE_SER = /(?<!\p{L})(?:es|son|fue|fueron|será|serán|sea|sean|ha sido|han sido|había sido|era|eran)\s+(?:\p{L}+mente\s+)?\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|isto|ista|ito|ita|echo|echa)(?!\p{L})/giu;
const SECOND_PERSON = /(?<!\p{L})(?:tú|tu|tus|te|ti|contigo|usted|ustedes|puedes|debes|tienes|necesitas|quieres|encuentras|sabes|conoces|obtienes|recibes|vives|haces|solicitas|puede usted|le invitamos)(?!\p{L})/giu;

const ACRONYM = /(?<![\p{L}\d])\p{Lu}{2,8}(?![\p{L}\d])/gu;
/** Spanish siglas carry no accent marks (RAE): an accented all-capitals token is a word in capitals. */
const ACCENTED = /[ÁÉÍÓÚÜÑ]/u;
/** Two or more all-capitals words in a row ("TÍTULO PRIMERO", "DE LOS DERECHOS") are a heading in capitals. */
const CAPITALS_RUN = /(?<![\p{L}\d])\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+(?![\p{L}\d])/gu;
const ROMAN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
/** Formats and units nobody needs expanded. */
const KNOWN = new Set(['PDF', 'CSV', 'JSON', 'XML', 'HTML', 'URL', 'API', 'KB', 'MB', 'GB', 'TB', 'OK', 'MX', 'XLS', 'XLSX', 'ZIP', 'DOC', 'DOCX', 'ODS', 'TXT']);

const initialsOf = (text: string): string =>
  words(text)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();

/**
 * "Instituto Nacional de Estadística y Geografía (INEGI)" or "INEGI (Instituto Nacional de…)":
 * an expansion of at least two words next to the acronym, whose capitalised initials share the
 * acronym's first letter.
 */
function isExpandedAt(text: string, index: number, acronym: string): boolean {
  const before = text.slice(Math.max(0, index - 160), index);
  const after = text.slice(index + acronym.length, index + acronym.length + 160);
  const inParens = /\(\s*$/.test(before) && /^\s*\)/.test(after);
  if (inParens) {
    const expansion = before.replace(/\(\s*$/, '');
    const lead = words(expansion).slice(-12).join(' ');
    const initials = initialsOf(lead);
    return initials.includes(acronym[0]!) && words(lead).length >= 2;
  }
  const following = /^\s*\(([^)]{3,150})\)/.exec(after);
  if (following) {
    const expansion = following[1]!;
    return words(expansion).length >= 2 && initialsOf(expansion).startsWith(acronym[0]!);
  }
  return false;
}

/** Spans of runs of capitalised words longer than a pair of siglas ("SAT INEGI" stays acronyms). */
function capitalRuns(sentence: string): [number, number][] {
  const runs: [number, number][] = [];
  CAPITALS_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALS_RUN.exec(sentence))) {
    const letters = m[0].replace(/[^\p{L}]/gu, '').length;
    if (letters > 10) runs.push([m.index, m.index + m[0].length]);
  }
  return runs;
}

function findAcronyms(sentences: readonly string[]): AcronymUse[] {
  const seen = new Map<string, AcronymUse>();
  for (const sentence of sentences) {
    const letters = sentence.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    // A sentence in capitals is shouting, not acronyms.
    if (letters.length > 20 && upper / letters.length > 0.6) continue;
    const headings = capitalRuns(sentence);
    ACRONYM.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ACRONYM.exec(sentence))) {
      const token = m[0];
      if (ROMAN.test(token) || KNOWN.has(token) || ACCENTED.test(token)) continue;
      const at = m.index;
      if (headings.some(([start, end]) => at >= start && at < end)) continue;
      const existing = seen.get(token);
      if (existing) continue;
      seen.set(token, { acronym: token, defined: isExpandedAt(sentence, m.index, token), context: sentence.slice(0, 300) });
      if (seen.size >= 100) return [...seen.values()];
    }
  }
  return [...seen.values()];
}

/** Plain-language proxies on the main text: long sentences, legal jargon, passive voice, second person, acronyms. */
export const plainLanguageSignal = defineSignal<PlainLanguage>('plain-language', (ctx) => {
  const { sentenceList, words: wordCount } = ctx.use(readabilitySignal);
  const text = ctx.use(mainTextSignal).paragraphs.join('\n\n');
  const jargon: JargonHit[] = [];
  let jargonCount = 0;
  for (const [term, pattern] of JARGON_PATTERNS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count) {
      jargon.push({ term, count });
      jargonCount += count;
    }
  }
  jargon.sort((a, b) => b.count - a.count);
  const passiveCount = (text.match(PASSIVE_SE)?.length ?? 0) + (text.match(PASSIVE_SER)?.length ?? 0);
  const secondPerson = [...new Set((text.match(SECOND_PERSON) ?? []).map((w) => w.toLowerCase()))].slice(0, 20);
  const sentences = sentenceList.length;
  return {
    words: wordCount,
    sentences,
    jargon,
    jargonCount,
    jargonPer100Words: wordCount ? (jargonCount * 100) / wordCount : 0,
    passiveCount,
    passivePerSentence: sentences ? passiveCount / sentences : 0,
    secondPerson,
    acronyms: findAcronyms(sentenceList),
  };
});
