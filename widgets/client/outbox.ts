import type { FeedbackRecordInput } from '../../core/schemas/feedback.js';
import type { DeadLetter, DeadLetterReason, DeliveryTarget, OutboxEntry } from './types.js';

/** Durable queue of records waiting for the collector's acknowledgement, plus a dead-letter list. */
export interface Outbox<R = FeedbackRecordInput, T = DeliveryTarget> {
  /** True when entries survive the page (IndexedDB), false in memory. */
  readonly durable: boolean;
  /** Stores the entry unless one with the same id is already there; true when it was added. */
  add(entry: OutboxEntry<R, T>): Promise<boolean>;
  /** Every waiting entry, oldest first. */
  all(): Promise<OutboxEntry<R, T>[]>;
  /** Replaces a waiting entry, only if it is still waiting (another tab may have delivered it). */
  update(entry: OutboxEntry<R, T>): Promise<void>;
  /** Removes an acknowledged entry. */
  remove(id: string): Promise<void>;
  /** Moves an entry to the dead-letter list with the reason, in one step. */
  bury(entry: OutboxEntry<R, T>, reason: DeadLetterReason, now: number): Promise<void>;
  deadLetters(): Promise<DeadLetter<R, T>[]>;
  close(): void;
}

const byAge = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** Outbox in memory: used when IndexedDB is unavailable (some private modes), and in tests. */
export function memoryOutbox<R = FeedbackRecordInput, T = DeliveryTarget>(): Outbox<R, T> {
  const waiting = new Map<string, OutboxEntry<R, T>>();
  const dead = new Map<string, DeadLetter<R, T>>();
  return {
    durable: false,
    async add(entry) {
      if (waiting.has(entry.id) || dead.has(entry.id)) return false;
      waiting.set(entry.id, structuredClone(entry));
      return true;
    },
    async all() {
      return [...waiting.values()].map((e) => structuredClone(e)).sort(byAge);
    },
    async update(entry) {
      if (waiting.has(entry.id)) waiting.set(entry.id, structuredClone(entry));
    },
    async remove(id) {
      waiting.delete(id);
    },
    async bury(entry, reason, now) {
      waiting.delete(entry.id);
      dead.set(entry.id, { ...structuredClone(entry), reason, deadAt: now });
    },
    async deadLetters() {
      return [...dead.values()].map((e) => structuredClone(e)).sort(byAge);
    },
    close() {},
  };
}
