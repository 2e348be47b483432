import type { KeyValueStore } from '../feedback/answered.js';

/**
 * A flag in localStorage while answers wait in the outbox, so that a page load starts the
 * delivery loop (and loads its code) only when there is something to send; otherwise the outbox
 * loads on the visitor's first interaction. If the flag is lost, waiting answers go out on the
 * next interaction with any widget of the site. The flag is kept by pending-tracker.ts, which
 * loads with the outbox.
 */
export const PENDING_KEY = 'proactiva:pending';

export function hasPendingAnswers(store: KeyValueStore | null): boolean {
  try {
    return store?.getItem(PENDING_KEY) === '1';
  } catch {
    return false;
  }
}
