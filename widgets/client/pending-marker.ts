import type { KeyValueStore } from '../feedback/answered.js';
import type { Delivery } from './delivery.js';

/**
 * A flag in localStorage while answers wait in the outbox, so that a page load starts the
 * delivery loop (and loads its code) only when there is something to send; otherwise the outbox
 * loads on the visitor's first interaction. If the flag is lost, waiting answers go out on the
 * next interaction with any widget of the site.
 */
const KEY = 'proactiva:pending';

export function hasPendingAnswers(store: KeyValueStore | null): boolean {
  try {
    return store?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function mark(store: KeyValueStore, waiting: boolean): void {
  try {
    store.setItem(KEY, waiting ? '1' : '0');
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
