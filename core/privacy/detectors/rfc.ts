import { AFTER, BEFORE, isYymmdd, spansOf, type Span } from './span.js';

/**
 * RFC (Registro Federal de Contribuyentes): four letters for a persona física or three for a
 * persona moral, a date YYMMDD and a three-character homoclave. Accepted forms:
 * - contiguous, any case: "GODE561231GR8", "abc010101ab1", and a persona física without
 *   homoclave ("GODE561231"), which already identifies a person;
 * - grouped with one space or dash, upper case only ("GODE-561231-GR8", "ABC 010101 AB1"), so
 *   ordinary words around a six-digit number ("los 120100 que…") are left alone.
 * The date must be a real month and day in every form.
 */
const CONTIGUOUS = new RegExp(`${BEFORE}([A-ZÑ&]{3,4})(\\d{6})([A-Z\\d]{3})?${AFTER}`, 'giu');
const GROUPED = new RegExp(`${BEFORE}([A-ZÑ&]{3,4})[ \\-](\\d{6})[ \\-]([A-Z\\d]{3})${AFTER}`, 'gu');

export function detectRfcs(text: string): Span[] {
  const contiguous = spansOf(CONTIGUOUS, text, (m) => {
    const [, letters = '', date = '', homoclave] = m;
    // A persona moral (three letters) is only recognisable with its homoclave.
    if (letters.length === 3 && homoclave === undefined) return false;
    // A homoclave of three letters only is a word: "ABCD010101 los" never reaches here, but
    // "GODE561231xyz" does, and it is still an RFC.
    return isYymmdd(date);
  });
  const grouped = spansOf(GROUPED, text, (m) => isYymmdd(m[2] ?? ''));
  return [...contiguous, ...grouped];
}
