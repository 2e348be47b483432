import type { FeedbackRecordInput } from '../../core/schemas/feedback.js';

/** Where a record goes: the collector's base URL and the site's public key (X-Proactiva-Key). */
export interface DeliveryTarget {
  endpoint: string;
  siteKey: string;
}

/** A record waiting in the outbox. `id` is the record's uuid: the idempotency key end to end. */
export interface OutboxEntry {
  id: string;
  record: FeedbackRecordInput;
  target: DeliveryTarget;
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

export interface DeadLetter extends OutboxEntry {
  reason: DeadLetterReason;
  deadAt: number;
}
