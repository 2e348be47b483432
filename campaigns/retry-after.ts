/** Retry-After as milliseconds from now (delta seconds or an HTTP date), capped; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now(), capMs = 3_600_000): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(capMs, Math.max(0, ms));
}

/** Exponential backoff with jitter for attempt n (1-based): 1 s, 2 s, 4 s… up to 60 s. */
export const backoffMs = (attempt: number, random = Math.random()): number => Math.min(60_000, 1_000 * 2 ** (attempt - 1)) * (0.75 + random / 2);
