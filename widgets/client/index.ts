/** Delivery client of the feedback widget: an IndexedDB outbox with idempotent, backed-off retries. */
export { createDelivery, createOutboxDelivery, type Clock, type Delivery, type DeliveryEvent, type DeliveryOptions, type OutboxDeliveryOptions } from './delivery.js';
export { memoryOutbox, type Outbox } from './outbox.js';
export { openIdbOutbox, OUTBOX_DB } from './idb-outbox.js';
export { DEFAULT_BACKOFF, parseRetryAfter, retryDelay, type BackoffPolicy } from './backoff.js';
export { feedbackUrl, postForAck, sendEntry, type FetchLike, type SendOutcome } from './send.js';
export { watchPageLifecycle } from './page-lifecycle.js';
export { browserDelivery } from './browser.js';
export type { DeadLetter, DeadLetterReason, DeliveryTarget, OutboxEntry } from './types.js';
