/**
 * Spanish text measurement: sentence splitting, word tokens and syllable counting, as used by the
 * Fernández-Huerta and Szigriszt-Pazos readability formulas. Pure string functions.
 */

export const SPLITTER_ID = 'proactiva-es-v2: [.!?…] + uppercase/¿¡/digit, abbreviations and decimals kept; a paragraph, line break, list item, cell or heading ends a sentence; acronyms count a syllable per letter';

/** Abbreviations common in Mexican official text, whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'ing', 'arq', 'mtro', 'mtra', 'prof', 'profa', 'c', 'cc', 'ud', 'uds', 'vd',
  'art', 'arts', 'núm', 'num', 'no', 'fracc', 'fr', 'frac', 'inc', 'cap', 'pág', 'págs', 'p', 'pp', 'vol', 'etc', 'ej',
  'av', 'col', 'del', 'mpio', 'edo', 'tel', 'ext', 'cp', 'dof', 's.a', 'cv', 'gral', 'dir', 'depto', 'admón', 'aprox',
  'máx', 'mín', 'ss', 'op', 'cit', 'vs', 'q', 'e', 'a', 'b',
]);

/** Splits text into sentences. Paragraph breaks (\n\n or separate inputs) always end a sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\r\n\s*\r\n/)) {
    let start = 0;
    const re = /([.!?…]+)(["»”’)\]]*)(\s+)(?=[¿¡"«“(]?[\p{Lu}\d])/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(paragraph))) {
      const end = m.index + m[1]!.length + m[2]!.length;
      const before = paragraph.slice(start, m.index);
      const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (m[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^(?:\p{L}\.)+\p{L}?$/u.test(lastWord) || /^\p{Lu}$/u.test(before.slice(-1)) && lastWord.length === 1)) {
        continue;
      }
      const sentence = paragraph.slice(start, end).trim();
      if (sentence) sentences.push(sentence);
      start = end;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences.filter((s) => countWords(s) > 0);
}

/** Word tokens: runs of letters (apostrophes and inner hyphens kept). Numbers are not words. */
export function words(text: string): string[] {
  return text.match(/\p{L}+(?:[-'’]\p{L}+)*/gu) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const ACCENTED_WEAK = new Set(['í', 'ú']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü']);

/**
 * Syllables of one Spanish word, by vowel nuclei: a run of vowels is one nucleus except where
 * two strong vowels meet (hiatus: "le-er") or an accented í/ú meets a strong vowel ("dí-a");
 * two weak vowels stay one nucleus even when accented ("vein-tiún").
 * The u of que/qui/gue/gui is silent; final y after a vowel is a vowel ("hoy", "ley").
 * Words with no vowel (acronyms such as "SHCP") count one.
 */
export function countSyllables(word: string): number {
  let w = word.toLowerCase().normalize('NFC').replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  if (w === 'y') return 1;
  w = w.replace(/qu(?=[eiéí])/g, 'q').replace(/gu(?=[eiéí])/g, 'g');
  w = w.replace(/(?<=[aeiouáéíóú])y$/, 'i');
  let count = 0;
  let prev = '';
  for (const ch of w) {
    if (!VOWELS.has(ch)) {
      prev = '';
      continue;
    }
    if (!prev) count++;
    else if (
      (STRONG.has(prev) && STRONG.has(ch)) ||
      (ACCENTED_WEAK.has(prev) && STRONG.has(ch)) ||
      (STRONG.has(prev) && ACCENTED_WEAK.has(ch))
    ) {
      count++;
    }
    prev = ch;
  }
  return Math.max(1, count);
}

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** An acronym (sigla): 2-8 capitals without accents (RAE: siglas carry none). */
const ACRONYM_WORD = /^[A-ZÑ]{2,8}$/u;

/**
 * Syllables a reader spends on a word. An acronym is read letter by letter or as a new word
 * ("SHCP", "INEGI"): it counts one syllable per letter, so acronym-dense text never reads as
 * short, easy words.
 */
export function readingSyllables(word: string): number {
  return ACRONYM_WORD.test(word) ? word.length : countSyllables(word);
}

/** Word, sentence and syllable counts of a list of paragraphs (each paragraph ends its sentence). */
export function countText(paragraphs: readonly string[]): TextCounts & { sentenceList: string[] } {
  const sentenceList = paragraphs.flatMap((p) => splitSentences(p));
  let wordCount = 0;
  let syllables = 0;
  for (const sentence of sentenceList) {
    for (const w of words(sentence)) {
      wordCount++;
      syllables += readingSyllables(w);
    }
  }
  return { words: wordCount, sentences: sentenceList.length, syllables, sentenceList };
}
