/** Exponential backoff with jitter, capped. Times in ms. */
export interface BackoffPolicy {
  baseMs: number;
  factor: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, factor: 2, maxMs: 5 * 60_000 };

/**
 * Delay before the next try after `attempts` failures (≥ 1): the exponential step
 * min(max, base·factor^(attempts-1)), of which a random half is kept ("equal jitter"), so that
 * many browsers coming back online together do not hit the collector in step, while no retry
 * comes sooner than half the step.
 */
export function retryDelay(attempts: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const step = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** Retry-After header: seconds, or an HTTP date. Returns ms from `now`, or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
