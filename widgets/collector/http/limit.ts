import { HttpError } from './errors.js';
import type { RateLimiter } from './rate-limit.js';

/** Takes one request from a limiter, or throws 429 with Retry-After. */
export function enforce(limiter: RateLimiter | undefined, key: string): void {
  if (!limiter) return;
  const decision = limiter.take(key);
  if (!decision.ok) {
    const seconds = decision.retryAfterSeconds;
    throw new HttpError(429, 'rate_limited', null, { seconds }, { 'Retry-After': String(seconds) });
  }
}
