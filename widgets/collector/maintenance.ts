import { z } from 'zod';
import type { Store } from './store/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long raw comments are kept (days after receipt); the answers themselves stay, for the aggregates. */
export const CommentRetentionDays = z.number().int().min(1).max(36_500).default(365);

export interface MaintenanceResult {
  /** Comments emptied (set to null) because they were older than the retention. */
  commentsForgotten: number;
  /** Rate and burst counter windows that had ended. */
  countersPruned: number;
}

/** One maintenance pass at `now`: comments received more than retentionDays ago are set to null; ended counter windows are deleted. */
export async function runMaintenance(store: Store, retentionDays: number, now: Date = new Date()): Promise<MaintenanceResult> {
  const days = CommentRetentionDays.parse(retentionDays);
  const commentsForgotten = await store.forgetComments(new Date(now.getTime() - days * DAY_MS));
  const countersPruned = await store.counters.prune(now.getTime());
  return { commentsForgotten, countersPruned };
}

export interface MaintenanceSchedule {
  /** Resolves when the pass under way, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Runs maintenance now and then every intervalMs (default an hour) in this process, on a timer
 * that does not keep the process alive. A failed pass is reported and the next one tries again.
 */
export function scheduleMaintenance(
  store: Store,
  retentionDays: number,
  { intervalMs = 60 * 60 * 1000, now = () => new Date(), onError = (e: unknown) => console.error('proactiva collector: maintenance failed', e) } = {},
): MaintenanceSchedule {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const pass = () => {
    if (stopped) return;
    running = runMaintenance(store, retentionDays, now()).catch(onError);
  };
  pass();
  const timer = setInterval(pass, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
