import { luhnValid } from '../luhn.js';
import { spansOf, type Span } from './span.js';

/** 13 to 19 digits, optionally grouped by single spaces or dashes ("4152 3137 0000 0006"). */
const CANDIDATE = /(?<![\p{L}\p{N}.,+])\d(?:[ \-]?\d){12,18}(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * Issuer prefixes of the card networks used in Mexico: Visa 4; Mastercard 51-55 and 2221-2720;
 * Carnet, Maestro and Discover 50, 56-69; American Express 34, 37; Diners 300-305, 36, 38, 39;
 * JCB 3528-3589. Other numbers (a PNT folio starts 33…, 0…, 1…) are not cards even when their
 * Luhn digit happens to fit, which one number in ten does.
 */
function hasCardPrefix(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits[0] === '4' || (two >= 50 && two <= 69)) return true;
  if (four >= 2221 && four <= 2720) return true;
  if (two === 34 || two === 37 || two === 36 || two === 38 || two === 39) return true;
  if (Number(digits.slice(0, 3)) >= 300 && Number(digits.slice(0, 3)) <= 305) return true;
  return four >= 3528 && four <= 3589;
}

/** Printed groupings: contiguous, fours (the last group may be shorter), or 4-6-5 / 4-6-4
 *  (American Express, Diners). A phone number grouped "55 1234 5678" is never a card. */
function cardGrouping(candidate: string): boolean {
  const sizes = candidate.split(/[ \-]/).map((g) => g.length);
  if (sizes.length === 1) return true;
  if (sizes.length === 3 && sizes[0] === 4 && sizes[1] === 6 && (sizes[2] === 5 || sizes[2] === 4)) return true;
  return sizes.every((n, i) => (i < sizes.length - 1 ? n === 4 : n >= 1 && n <= 4));
}

export function detectCards(text: string): Span[] {
  return spansOf(CANDIDATE, text, (m) => {
    const digits = m[0].replace(/\D/g, '');
    return cardGrouping(m[0]) && hasCardPrefix(digits) && luhnValid(digits);
  });
}
