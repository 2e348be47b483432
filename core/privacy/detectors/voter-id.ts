import { AFTER, BEFORE, spansOf, type Span } from './span.js';

/** Clave de elector of the INE credential: six letters, eight digits, sex (H/M) and three digits. */
const VOTER_ID = new RegExp(`${BEFORE}[A-ZÑ]{6}\\d{8}[HM]\\d{3}${AFTER}`, 'giu');

export function detectVoterIds(text: string): Span[] {
  return spansOf(VOTER_ID, text);
}
