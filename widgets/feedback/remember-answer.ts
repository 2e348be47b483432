import { ANSWERED_KEY, localDay, readAnswered, type KeyValueStore } from './answered.js';

/**
 * Remembers that this visitor answered about a page today (see answered.ts), keeping only
 * today's entries. Apart from answered.ts because only the form, loaded on first interaction,
 * writes; the first load only reads.
 */
export function rememberAnswer(store: KeyValueStore | null, key: string, now: Date): void {
  if (store === null) return;
  const today = localDay(now);
  const kept = Object.fromEntries(Object.entries(readAnswered(store)).filter(([, day]) => day === today));
  kept[key] = today;
  try {
    store.setItem(ANSWERED_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or forbidden: the answer is still sent; only the once-a-day guard is lost.
  }
}
