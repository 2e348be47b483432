import { HistoryStore } from '../history/history-store.js';

let opening: Promise<HistoryStore> | null = null;

/** The page's one connection to the history database (opened on first use). */
export function historyStore(): Promise<HistoryStore> {
  opening ??= HistoryStore.open().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}
