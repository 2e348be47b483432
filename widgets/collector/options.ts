import type { RateRule } from './http/rate-limit.js';

/** Request limits; a number is requests per window. `false` turns limiting off (tests, seeding, benchmarks). */
export interface RateLimitOptions {
  windowMs?: number;
  /** POST /v1/feedback per client IP. */
  feedbackPerIp?: number;
  /** POST /v1/feedback per site, from all IPs together. */
  feedbackPerSite?: number;
  /** Every other request per client IP. */
  readsPerIp?: number;
}

export const DEFAULT_RATE_LIMIT: Required<RateLimitOptions> = {
  windowMs: 60_000,
  feedbackPerIp: 60,
  feedbackPerSite: 6_000,
  readsPerIp: 600,
};

export interface RateRules {
  feedbackPerIp: RateRule;
  feedbackPerSite: RateRule;
  readsPerIp: RateRule;
}

/** The three rules with defaults filled in, or null when limiting is off. */
export function rateRules(options: RateLimitOptions | false | undefined): RateRules | null {
  if (options === false) return null;
  const o = { ...DEFAULT_RATE_LIMIT, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) };
  const rule = (limit: number): RateRule => ({ limit, windowMs: o.windowMs });
  return { feedbackPerIp: rule(o.feedbackPerIp), feedbackPerSite: rule(o.feedbackPerSite), readsPerIp: rule(o.readsPerIp) };
}

/** Body caps (bytes). */
export const FEEDBACK_MAX_BYTES = 8 * 1024;
export const AUDIT_MAX_BYTES = 2 * 1024 * 1024;
export const SMALL_BODY_MAX_BYTES = 8 * 1024;
