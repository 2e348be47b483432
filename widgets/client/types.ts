import type { FeedbackRecordInput } from '../../core/schemas/feedback.js';

/** Where a record goes: the collector's base URL and the site's public key (X-Proactiva-Key). */
export interface DeliveryTarget {
  endpoint: string;
  siteKey: string;
}

/**
 * A record waiting in the outbox. `id` is the record's uuid: the idempotency key end to end. The
 * record and target default to the feedback widget's; other clients (the extension's review
 * answers) queue their own through the same outbox and delivery loop.
 */
export interface OutboxEntry<R = FeedbackRecordInput, T = DeliveryTarget> {
  id: string;
  record: R;
  target: T;
  /** Attempts that failed so far. */
  attempts: number;
  /** Epoch ms when the entry was queued and when it may be tried next. */
  createdAt: number;
  nextAttemptAt: number;
  lastError?: string;
}

/** Why an entry was taken out of delivery for good: the collector refused it, or it expired. */
export interface DeadLetterReason {
  status: number | null;
  code: string;
  message: string;
  field: string | null;
}

export interface DeadLetter<R = FeedbackRecordInput, T = DeliveryTarget> extends OutboxEntry<R, T> {
  reason: DeadLetterReason;
  deadAt: number;
}
