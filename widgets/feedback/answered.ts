/** The part of the Web Storage API the answered-today memory needs. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The localStorage key of the answered-today memory. */
export const ANSWERED_KEY = 'proactiva:answered';

/** The visitor's local calendar day, "2026-03-10". */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The memory as stored: `{ "<site> <page>": "<day>" }`, or empty if unreadable. */
export function readAnswered(store: KeyValueStore): Record<string, string> {
  try {
    const value: unknown = JSON.parse(store.getItem(ANSWERED_KEY) ?? '{}');
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * One answer per page per visitor per day, remembered in localStorage (no cookies, nothing sent):
 * `{ "<site> <page>": "<day>" }`, keeping only today's entries so the list never grows.
 */
export function answeredToday(store: KeyValueStore | null, key: string, now: Date): boolean {
  if (store === null) return false;
  return readAnswered(store)[key] === localDay(now);
}

/** localStorage when the browser lets the page use it, else null. */
export function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
