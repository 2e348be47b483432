import { z } from 'zod';
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
/** A catalogue report holds ~7 KB per dataset (20 indicators with their texts): about a thousand datasets. */
export const CATALOGUE_MAX_BYTES = 8 * 1024 * 1024;
export const SMALL_BODY_MAX_BYTES = 8 * 1024;
/** A submission of review answers: up to 100 answers with notes of 2,000 characters. */
export const REVIEW_MAX_BYTES = 512 * 1024;

/**
 * Server-side spam rules (issue 11). Refused answers are counted per site, day and reason and
 * answered exactly like stored ones, so a bot learns nothing. `false` turns them off (seeding,
 * benchmarks). The honeypot is always checked unless the rules are off.
 */
export const SpamRules = z.object({
  /** An answer sent sooner than this after the question was shown (widget) or the form rendered (no-JS) is refused. */
  minAnswerMs: z.number().int().min(0).max(60_000).default(2_000),
  /** The same comment (at least repeatedCommentMinLength characters) already on this many other pages of the site … */
  repeatedCommentPages: z.number().int().min(1).max(1_000).default(3),
  /** … within this window is refused. */
  repeatedCommentWindowMs: z.number().int().min(1_000).default(24 * 60 * 60 * 1000),
  repeatedCommentMinLength: z.number().int().min(1).max(500).default(20),
  /** More than this many answers to one site from one network (IPv4 /24, IPv6 /48) … */
  networkBurstLimit: z.number().int().min(1).default(30),
  /** … in one window of this length are refused. */
  networkBurstWindowMs: z.number().int().min(1_000).default(10 * 60 * 1000),
});
export type SpamRules = z.infer<typeof SpamRules>;
export type SpamOptions = z.input<typeof SpamRules>;
