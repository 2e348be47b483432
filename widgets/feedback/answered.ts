/** The part of the Web Storage API the answered-today memory needs. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'proactiva:answered';

/** The visitor's local calendar day, "2026-03-10". */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function read(store: KeyValueStore): Record<string, string> {
  try {
    const value: unknown = JSON.parse(store.getItem(KEY) ?? '{}');
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
  return read(store)[key] === localDay(now);
}

export function rememberAnswer(store: KeyValueStore | null, key: string, now: Date): void {
  if (store === null) return;
  const today = localDay(now);
  const kept = Object.fromEntries(Object.entries(read(store)).filter(([, day]) => day === today));
  kept[key] = today;
  try {
    store.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage full or forbidden: the answer is still sent; only the once-a-day guard is lost.
  }
}

/** localStorage when the browser lets the page use it, else null. */
export function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
