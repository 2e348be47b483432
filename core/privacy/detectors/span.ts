/** A finding in a text: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** Not preceded / followed by a letter or digit (Unicode-aware word boundary for identifiers). */
export const BEFORE = '(?<![\\p{L}\\p{N}])';
export const AFTER = '(?![\\p{L}\\p{N}])';

/** Every match of a global regular expression as a span, optionally filtered by `keep`. When
 *  `keep` refuses a match, the search resumes one character later, so a longer candidate that
 *  swallowed a real finding ("70 4111 1111 1111 1111") does not hide it. */
export function spansOf(pattern: RegExp, text: string, keep: (match: RegExpExecArray) => boolean = () => true): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (keep(m)) spans.push({ start: m.index, end: m.index + m[0].length });
    else pattern.lastIndex = m.index + 1;
    if (m[0].length === 0) pattern.lastIndex = m.index + 1;
  }
  return spans;
}

/** YYMMDD with a real month and day (RFC and CURP encode a birth or founding date this way). */
export function isYymmdd(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return digits.length === 6 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
