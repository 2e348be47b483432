import type { DocumentLike, PageSnapshot } from './schemas/snapshot.js';

/** Limits that keep an audit bounded on huge or hostile pages. Exceeding one flags the report `truncated`. */
export interface AuditBudget {
  /** Elements the signals walk at most (document order). */
  maxElements: number;
  /** Characters of text the text signals read at most. */
  maxTextChars: number;
  /** Wall-clock time for signals and checks; checks not reached are left undecided. */
  maxMs: number;
}

export const DEFAULT_BUDGET: AuditBudget = { maxElements: 40_000, maxTextChars: 300_000, maxMs: 5_000 };

/** A memoised extractor: signals read the snapshot once and many checks share the result. */
export interface Signal<T> {
  readonly id: string;
  extract(ctx: AuditContext): T;
}

export function defineSignal<T>(id: string, extract: (ctx: AuditContext) => T): Signal<T> {
  return { id, extract };
}

export interface AuditContext {
  readonly snapshot: PageSnapshot;
  readonly doc: DocumentLike;
  /** The page URL, parsed; null only if the adapter gave something URL() cannot read. */
  readonly url: URL | null;
  readonly budget: AuditBudget;
  /**
   * The verification date (fecha de corte): checks judge ages and periods against it, never
   * against a global clock. The end of the `asOf` day when one is given, else the snapshot's time.
   */
  readonly now: Date;
  /** The first `budget.maxElements` elements in document order (marks truncation when cut). */
  elements(): readonly Element[];
  /** Runs a signal once per audit and caches its value. */
  use<T>(signal: Signal<T>): T;
  /** Records why the audit is partial (shown in report.truncation). */
  truncate(reason: string): void;
  readonly truncation: ReadonlySet<string>;
  /** True when the time budget is spent. */
  overBudget(): boolean;
}

export function createContext(
  snapshot: PageSnapshot,
  budget: AuditBudget,
  clock: () => number = Date.now,
  asOf?: Date,
): AuditContext {
  const started = clock();
  const cache = new Map<string, unknown>();
  const truncation = new Set<string>(snapshot.truncatedInput);
  let elements: Element[] | null = null;
  let url: URL | null = null;
  try {
    url = new URL(snapshot.url);
  } catch {
    url = null;
  }
  const ctx: AuditContext = {
    snapshot,
    doc: snapshot.document,
    url,
    budget,
    now: asOf ?? new Date(snapshot.fetchedAt),
    truncation,
    elements() {
      if (elements) return elements;
      // querySelectorAll, not getElementsByTagName('*'): linkedom returns nothing for the latter.
      const all = snapshot.document.querySelectorAll('*');
      const length = all.length;
      const limit = Math.min(length, budget.maxElements);
      const list: Element[] = new Array(limit);
      for (let i = 0; i < limit; i++) list[i] = all[i] as Element;
      if (length > budget.maxElements) {
        truncation.add(`elements: ${length} > ${budget.maxElements}`);
      }
      elements = list;
      return list;
    },
    use<T>(signal: Signal<T>): T {
      if (cache.has(signal.id)) return cache.get(signal.id) as T;
      const value = signal.extract(ctx);
      cache.set(signal.id, value);
      return value;
    },
    truncate(reason: string) {
      truncation.add(reason);
    },
    overBudget() {
      return clock() - started > budget.maxMs;
    },
  };
  return ctx;
}
