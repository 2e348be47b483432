import type { Locale } from '../schemas/common.js';
import { detectCards } from './detectors/card.js';
import { detectCurps } from './detectors/curp.js';
import { detectEmails } from './detectors/email.js';
import { detectPhones } from './detectors/phone.js';
import { detectRfcs } from './detectors/rfc.js';
import type { Span } from './detectors/span.js';
import { detectVoterIds } from './detectors/voter-id.js';
import { PII_KINDS, PII_TOKENS, type PiiKind } from './kinds.js';

const DETECTORS: Record<PiiKind, (text: string) => Span[]> = {
  email: detectEmails,
  curp: detectCurps,
  'voter-id': detectVoterIds,
  rfc: detectRfcs,
  card: detectCards,
  phone: detectPhones,
};

export interface ScrubResult {
  /** The text as it may leave the browser: each finding replaced by its token ("[CURP]"). */
  text: string;
  /** How many of each kind were removed; kinds with none are absent. */
  removed: Partial<Record<PiiKind, number>>;
  /** Sum of `removed`. */
  total: number;
}

/** Drops spans that overlap an earlier one (detectors may report the same text twice). */
function disjoint(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/**
 * Removes personal data from free text: e-mail addresses, CURP, claves de elector, RFC, payment
 * card numbers and Mexican phone numbers, in that order, each pass reading the text the previous
 * one left. Pure: the same input always gives the same output. Errs towards removing: a
 * citizen's comment loses a number it did not need rather than leak one.
 */
export function scrubPii(input: string, locale: Locale = 'es-MX'): ScrubResult {
  let text = input;
  const removed: Partial<Record<PiiKind, number>> = {};
  let total = 0;
  for (const kind of PII_KINDS) {
    const spans = disjoint(DETECTORS[kind](text));
    if (spans.length === 0) continue;
    const token = locale === 'en' ? PII_TOKENS[kind].en : PII_TOKENS[kind].es;
    for (let i = spans.length - 1; i >= 0; i--) {
      const { start, end } = spans[i]!;
      text = text.slice(0, start) + token + text.slice(end);
    }
    removed[kind] = spans.length;
    total += spans.length;
  }
  return { text, removed, total };
}
