import type { KeyValueStore } from '../feedback/answered.js';
import type { Delivery } from './delivery.js';
import { PENDING_KEY } from './pending-marker.js';

function mark(store: KeyValueStore, waiting: boolean): void {
  try {
    store.setItem(PENDING_KEY, waiting ? '1' : '0');
  } catch {
    // Storage full or blocked: the outbox itself still holds the answers.
  }
}

const tracked = new WeakSet<Delivery>();

/** Keeps the flag in step with a delivery loop: set while entries wait, removed once none do. */
export function trackPendingAnswers(delivery: Delivery, store: KeyValueStore | null): void {
  if (!store || tracked.has(delivery)) return;
  tracked.add(delivery);
  delivery.subscribe(() => mark(store, delivery.pending().length > 0));
  // What the first pass over the outbox found (nothing, when the flag was stale).
  void delivery.flush().then(() => mark(store, delivery.pending().length > 0));
}
