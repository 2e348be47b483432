import type { Locale } from '../../core/schemas/common.js';
import type { FeedbackReason, FeedbackRecordInput } from '../../core/schemas/feedback.js';
import { cleanText } from '../../core/privacy/clean-text.js';
import { scrubPii, type ScrubResult } from '../../core/privacy/scrub.js';
import { orderedReasons } from './reasons.js';
import { randomUuid } from './uuid.js';

export interface Answer {
  site: string;
  /** The page's address, already without query and fragment. */
  page: string;
  useful: boolean;
  reasons: Iterable<string>;
  comment: string;
  locale: Locale;
  /** Milliseconds from the question being shown to this answer (the collector refuses superhuman speed). */
  elapsedMs?: number | undefined;
  /** What the hidden honeypot field holds; people leave it empty. */
  honeypot?: string | undefined;
}

/** A record ready for the outbox, with its uuid, and what the scrubber removed from the comment. */
export interface BuiltRecord {
  record: FeedbackRecordInput & { id: string; reasons: FeedbackReason[] };
  scrub: ScrubResult;
}

/**
 * The comment as it would be sent: control characters removed and lone surrogates replaced (the
 * collector's policy, core/privacy/clean-text.ts), trimmed and scrubbed of personal data.
 */
export function prepareComment(comment: string, locale: Locale): ScrubResult {
  return scrubPii(cleanText(comment).trim(), locale);
}

/**
 * Builds the FeedbackRecord for one answer: a fresh uuid (the idempotency key), the reasons in
 * canonical order without repeats, the comment trimmed and scrubbed (omitted when empty), and the
 * time of the answer. Nothing else about the visitor is recorded.
 */
export function buildRecord(answer: Answer, now: Date = new Date(), uuid: () => string = randomUuid): BuiltRecord {
  const scrub = prepareComment(answer.comment, answer.locale);
  const record: BuiltRecord['record'] = {
    id: uuid(),
    site: answer.site,
    page: answer.page,
    useful: answer.useful,
    reasons: orderedReasons(answer.reasons),
    locale: answer.locale,
    createdAt: now.toISOString(),
  };
  if (scrub.text !== '') record.comment = scrub.text;
  if (answer.elapsedMs !== undefined) record.elapsedMs = Math.max(0, Math.round(answer.elapsedMs));
  if (answer.honeypot) record.honeypot = answer.honeypot;
  return { record, scrub };
}
