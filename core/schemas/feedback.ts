import { z } from 'zod';
import { CriterionId, Locale } from './common.js';
import { COMMENT_MAX, FEEDBACK_REASONS, REASONS_MAX } from './limits.js';

export { COMMENT_MAX, REASONS_MAX, SITE_ID_PATTERN } from './limits.js';

/** Reasons a citizen can tick; each maps to one criterion (design §2, "citizens" column). */
export const FeedbackReason = CriterionId.exclude(['reutilizable', 'retroalimentacion']);
export type FeedbackReason = z.infer<typeof FeedbackReason>;

/** Compile-time check: the zod-free list (used by the zod/mini summary schema) is exactly FeedbackReason. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameReasons: Same<(typeof FEEDBACK_REASONS)[number], FeedbackReason> = true;
void sameReasons;

/** One citizen answer. `id` is a uuid and the idempotency key end to end. No personal data. */
export const FeedbackRecord = z.object({
  id: z.uuid(),
  site: z.string().min(3).max(100).regex(/^[a-z0-9][a-z0-9-]*$/, 'site key: lowercase letters, digits and dashes'),
  page: z.string().url().max(2_048),
  useful: z.boolean(),
  reasons: z.array(FeedbackReason).max(REASONS_MAX).default([]),
  comment: z.string().max(COMMENT_MAX).optional(),
  locale: Locale.default('es-MX'),
  createdAt: z.iso.datetime(),
  /**
   * Anti-spam signals (issue 11), checked by the collector and never stored: milliseconds from the
   * question being shown to the answer being sent, and the honeypot field a person never sees.
   */
  elapsedMs: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  honeypot: z.string().max(COMMENT_MAX).optional(),
});
export type FeedbackRecord = z.infer<typeof FeedbackRecord>;
export type FeedbackRecordInput = z.input<typeof FeedbackRecord>;

export { FeedbackSummary } from './summary.js';
