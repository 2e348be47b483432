import { browserEnvironment } from '../../widgets/client/browser-environment.js';
import type { ReviewSubmission } from '../../core/schemas/index.js';
import type { BackoffPolicy } from '../../widgets/client/backoff.js';
import { createOutboxDelivery, type Clock, type Delivery } from '../../widgets/client/delivery.js';
import { openIdbOutbox } from '../../widgets/client/idb-outbox.js';
import type { Outbox } from '../../widgets/client/outbox.js';
import { postForAck, type FetchLike } from '../../widgets/client/send.js';
import { answersUrl } from './api.js';

/** Where a queued submission goes: the collector, the campaign and the auditor's token at the time it was queued. */
export interface ReviewTarget {
  collectorUrl: string;
  campaignId: string;
  token: string;
}

export type ReviewDelivery = Delivery<ReviewSubmission, ReviewTarget>;

export const REVIEW_OUTBOX_DB = 'proactiva-review-outbox';

/**
 * The delivery of review answers: the widgets' own loop (persisted outbox, retries with backoff
 * and jitter, Retry-After, idempotent by the submission's uuid, refusals kept as dead letters with
 * the collector's reason), posting to POST /v1/campaigns/:id/answers with the auditor's token.
 */
export function createReviewDelivery(options: {
  outbox: Outbox<ReviewSubmission, ReviewTarget>;
  fetch: FetchLike;
  clock: Clock;
  online?: () => boolean;
  random?: () => number;
  backoff?: BackoffPolicy;
}): ReviewDelivery {
  return createOutboxDelivery<ReviewSubmission, ReviewTarget>({
    ...options,
    send: (entry, now) =>
      postForAck(
        options.fetch,
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
  });
}

let sharedOutbox: Promise<Outbox<ReviewSubmission, ReviewTarget>> | null = null;
let shared: Promise<ReviewDelivery> | null = null;

const reviewOutbox = () => (sharedOutbox ??= openIdbOutbox<ReviewSubmission, ReviewTarget>(REVIEW_OUTBOX_DB));

/** Submissions waiting in this browser's review outbox (read from IndexedDB, so it counts what earlier pages left). */
export async function waitingReviews(): Promise<number> {
  return (await (await reviewOutbox()).all()).length;
}

/** Calls `listener` when any extension page's review delivery changes the outbox; returns the unsubscribe. */
export function watchReviewOutbox(listener: () => void): () => void {
  const channel = new BroadcastChannel(REVIEW_OUTBOX_DB);
  channel.onmessage = () => listener();
  let stop = () => {};
  void reviewDelivery().then((delivery) => {
    stop = delivery.subscribe(() => listener());
  });
  return () => {
    stop();
    channel.close();
  };
}

/** The extension page's one review delivery, on its IndexedDB outbox; opening the page again retries what waits. */
export function reviewDelivery(): Promise<ReviewDelivery> {
  shared ??= (async () => {
    const delivery = createReviewDelivery({
      outbox: await reviewOutbox(),
      ...browserEnvironment(),
    });
    addEventListener('online', () => void delivery.flush({ all: true }));
    // Every extension page with the queue open runs a delivery over the same outbox: tell the others when it changes.
    const channel = new BroadcastChannel(REVIEW_OUTBOX_DB);
    delivery.subscribe((event) => channel.postMessage(event.type));
    void delivery.start();
    return delivery;
  })();
  return shared;
}
