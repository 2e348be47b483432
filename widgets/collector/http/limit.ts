import { HttpError } from './errors.js';
import type { RateDecision } from './rate-limit.js';

/** A rate limiter: in this process's memory (RateLimiter) or shared through the database (SharedRateLimiter). */
export interface Limiter {
  take(key: string): RateDecision | Promise<RateDecision>;
}

/** Takes one request from a limiter, or throws 429 with Retry-After. */
export async function enforce(limiter: Limiter | undefined, key: string): Promise<void> {
  if (!limiter) return;
  const decision = await limiter.take(key);
  if (!decision.ok) {
    const seconds = decision.retryAfterSeconds;
    throw new HttpError(429, 'rate_limited', null, { seconds }, { 'Retry-After': String(seconds) });
  }
}
