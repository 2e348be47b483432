import type { FeedbackRecordInput } from '../../core/schemas/feedback.js';
import { DEFAULT_BACKOFF, retryDelay, type BackoffPolicy } from './backoff.js';
import type { Outbox } from './outbox.js';
import { sendEntry, type FetchLike, type SendOutcome } from './send.js';
import type { DeadLetterReason, DeliveryTarget, OutboxEntry } from './types.js';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type DeliveryEvent =
  | { type: 'queued'; id: string }
  | { type: 'delivered'; id: string; stored: boolean; /** The collector's acknowledgement. */ ack?: unknown }
  | { type: 'retry'; id: string; attempts: number; nextAttemptAt: number; error: string }
  | { type: 'rejected'; id: string; reason: DeadLetterReason };

/** What every delivery loop needs, whatever it sends. */
interface LoopOptions<R, T> {
  outbox: Outbox<R, T>;
  clock: Clock;
  random?: () => number;
  /** False while the browser says it is offline: attempts wait for the "online" event. */
  online?: () => boolean;
  backoff?: BackoffPolicy;
  /** An entry still undelivered after this long goes to the dead-letter list (default 30 days). */
  maxAgeMs?: number;
  /** At most this many requests on page hide (keepalive bodies share a 64 KB budget). */
  hideBatch?: number;
}

/** The feedback widget's delivery: POST /v1/feedback through `fetch`. */
export interface DeliveryOptions extends LoopOptions<FeedbackRecordInput, DeliveryTarget> {
  fetch: FetchLike;
}

/** A delivery loop for any record with a uuid: `send` makes one attempt and says what came of it. */
export interface OutboxDeliveryOptions<R, T> extends LoopOptions<R, T> {
  send: (entry: OutboxEntry<R, T>, now: number) => Promise<SendOutcome>;
}

export interface Delivery<R = FeedbackRecordInput, T = DeliveryTarget> {
  /** Queues a record durably, then tries to send it. Resolves once it is in the outbox. */
  submit(record: R & { id: string }, target: T): Promise<void>;
  /** Sends every entry that is due (or every waiting entry with `all`), one after another. */
  flush(options?: { all?: boolean }): Promise<void>;
  /** Loads the outbox and tries everything that waits (a new page load is a new chance). */
  start(): Promise<void>;
  /** Page is going away: fire keepalive requests for what waits, without waiting for IndexedDB. */
  flushOnHide(): void;
  subscribe(listener: (event: DeliveryEvent) => void): () => void;
  /** Entries waiting, as last known in this page. */
  pending(): OutboxEntry<R, T>[];
  /** Whether waiting entries survive the page (IndexedDB) or only live in memory. */
  readonly durable: boolean;
  stop(): void;
}

const DAY = 86_400_000;

/**
 * The delivery loop: every record waits in the outbox until the collector acknowledges it (201
 * stored, or 200 already stored, both naming its uuid) and only then is removed. Network errors,
 * 408/425/429 and 5xx are retried with exponential backoff and jitter (Retry-After respected);
 * any other 4xx is a refusal that no retry will fix, so the entry goes to the dead-letter list
 * with the collector's reason. The uuid makes every retry safe: nothing is lost and nothing is
 * counted twice. Plain module: fetch, clock, randomness and the outbox are injected.
 */
export function createDelivery(options: DeliveryOptions): Delivery {
  return createOutboxDelivery({ ...options, send: (entry, now) => sendEntry(options.fetch, entry, now) });
}

/** The same loop (outbox, backoff, dead letters, events) for any record type and request. */
export function createOutboxDelivery<R, T>(options: OutboxDeliveryOptions<R, T>): Delivery<R, T> {
  const { outbox, clock } = options;
  const random = options.random ?? Math.random;
  const online = options.online ?? (() => true);
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const maxAgeMs = options.maxAgeMs ?? 30 * DAY;
  const hideBatch = options.hideBatch ?? 6;
  const cache = new Map<string, OutboxEntry<R, T>>();
  const inFlight = new Set<string>();
  const listeners = new Set<(event: DeliveryEvent) => void>();
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again: { all: boolean } | null = null;
  let stopped = false;

  const emit = (event: DeliveryEvent) => {
    for (const listener of listeners) listener(event);
  };

  const schedule = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (stopped || cache.size === 0 || !online()) return;
    const next = Math.min(...[...cache.values()].map((e) => e.nextAttemptAt));
    timer = clock.setTimeout(() => {
      timer = null;
      void delivery.flush();
    }, Math.max(0, next - clock.now()));
  };

  async function settle(entry: OutboxEntry<R, T>, outcome: SendOutcome): Promise<void> {
    const now = clock.now();
    if (outcome.kind === 'delivered') {
      await outbox.remove(entry.id);
      cache.delete(entry.id);
      emit({ type: 'delivered', id: entry.id, stored: outcome.stored, ...(outcome.body !== undefined ? { ack: outcome.body } : {}) });
    } else if (outcome.kind === 'rejected') {
      await outbox.bury(entry, outcome.reason, now);
      cache.delete(entry.id);
      emit({ type: 'rejected', id: entry.id, reason: outcome.reason });
    } else if (now - entry.createdAt > maxAgeMs) {
      const reason = { status: null, code: 'expired', message: `undelivered after ${Math.round(maxAgeMs / DAY)} days: ${outcome.error}`, field: null };
      await outbox.bury(entry, reason, now);
      cache.delete(entry.id);
      emit({ type: 'rejected', id: entry.id, reason });
    } else {
      const attempts = entry.attempts + 1;
      const wait = Math.max(retryDelay(attempts, random, policy), outcome.retryAfterMs ?? 0);
      const next: OutboxEntry<R, T> = { ...entry, attempts, nextAttemptAt: now + wait, lastError: outcome.error };
      await outbox.update(next);
      if (cache.has(entry.id)) cache.set(entry.id, next);
      emit({ type: 'retry', id: entry.id, attempts, nextAttemptAt: next.nextAttemptAt, error: outcome.error });
    }
  }

  async function attempt(entry: OutboxEntry<R, T>): Promise<void> {
    inFlight.add(entry.id);
    try {
      await settle(entry, await options.send(entry, clock.now()));
    } catch {
      // The outbox itself failed (IndexedDB error): the entry stays where it was and is tried
      // again after a backoff step, never in a tight loop.
      const cached = cache.get(entry.id);
      if (cached) cache.set(entry.id, { ...cached, nextAttemptAt: clock.now() + retryDelay(cached.attempts + 1, random, policy) });
    } finally {
      inFlight.delete(entry.id);
    }
  }

  async function runFlush(all: boolean): Promise<void> {
    let entries: OutboxEntry<R, T>[];
    try {
      entries = await outbox.all();
    } catch {
      entries = [...cache.values()];
    }
    cache.clear();
    for (const e of entries) cache.set(e.id, e);
    for (const entry of entries) {
      if (stopped || !online()) break;
      if (inFlight.has(entry.id) || (!all && entry.nextAttemptAt > clock.now())) continue;
      await attempt(entry);
    }
  }

  const delivery: Delivery<R, T> = {
    async submit(record, target) {
      const now = clock.now();
      const entry: OutboxEntry<R, T> = { id: record.id, record, target, attempts: 0, createdAt: now, nextAttemptAt: now };
      if (await outbox.add(entry)) {
        cache.set(entry.id, entry);
        emit({ type: 'queued', id: entry.id });
      }
      void delivery.flush();
    },

    flush(opts = {}) {
      const all = opts.all ?? false;
      if (running) {
        again = { all: all || (again?.all ?? false) };
        return running;
      }
      running = (async () => {
        try {
          let pass: { all: boolean } | null = { all };
          while (pass) {
            again = null;
            await runFlush(pass.all);
            pass = again;
          }
        } finally {
          running = null;
          schedule();
        }
      })();
      return running;
    },

    async start() {
      stopped = false;
      await delivery.flush({ all: true });
    },

    flushOnHide() {
      if (!online()) return;
      let sent = 0;
      for (const entry of cache.values()) {
        if (sent >= hideBatch) break;
        if (inFlight.has(entry.id)) continue;
        sent++;
        void attempt(entry).catch(() => {});
      }
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    pending() {
      return [...cache.values()];
    },

    durable: outbox.durable,

    stop() {
      stopped = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
  return delivery;
}
