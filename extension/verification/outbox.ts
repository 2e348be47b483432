import type { ReviewSubmission } from '../../core/schemas/index.js';
import { createOutboxDelivery, type Delivery } from '../../widgets/client/delivery.js';
import { openIdbOutbox } from '../../widgets/client/idb-outbox.js';
import { postForAck } from '../../widgets/client/send.js';
import { answersUrl } from './api.js';

/** Where a queued submission goes: the collector, the campaign and the auditor's token at the time it was queued. */
export interface ReviewTarget {
  collectorUrl: string;
  campaignId: string;
  token: string;
}

export type ReviewDelivery = Delivery<ReviewSubmission, ReviewTarget>;

export const REVIEW_OUTBOX_DB = 'proactiva-review-outbox';

let shared: Promise<ReviewDelivery> | null = null;

/**
 * The extension's outbox of review answers: the widgets' own delivery loop and IndexedDB outbox
 * (persisted, retried with backoff and jitter, idempotent by the submission's uuid, refusals kept
 * as dead letters with the collector's reason), posting to POST /v1/campaigns/:id/answers with the
 * auditor's token. One per extension page; opening the page again retries what waits.
 */
export function reviewDelivery(): Promise<ReviewDelivery> {
  shared ??= (async () => {
    const outbox = await openIdbOutbox<ReviewSubmission, ReviewTarget>(REVIEW_OUTBOX_DB);
    const delivery = createOutboxDelivery<ReviewSubmission, ReviewTarget>({
      outbox,
      send: (entry, now) =>
        postForAck(
          (input, init) => fetch(input, init),
          answersUrl(entry.target.collectorUrl, entry.target.campaignId),
          {
            method: 'POST',
            credentials: 'omit',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${entry.target.token}` },
            body: JSON.stringify(entry.record),
          },
          entry.id,
          now,
        ),
      clock: {
        now: () => Date.now(),
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
      online: () => navigator.onLine !== false,
    });
    addEventListener('online', () => void delivery.flush({ all: true }));
    void delivery.start();
    return delivery;
  })();
  return shared;
}
