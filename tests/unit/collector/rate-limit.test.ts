import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../widgets/collector/http/rate-limit.js';
import { rateRules } from '../../../widgets/collector/options.js';

describe('RateLimiter', () => {
  it('allows the limit, refuses the next with the seconds until a token is back, then refills', () => {
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('ip', t).ok)).toEqual([true, true, true]);
    expect(limiter.take('ip', t)).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(limiter.take('otra-ip', t).ok).toBe(true);
    expect(limiter.take('ip', t + 19_000).ok).toBe(false);
    expect(limiter.take('ip', t + 20_001).ok).toBe(true);
    expect(limiter.take('ip', t + 10 * 60_000).ok).toBe(true); // refilled, never above the limit
    expect([1, 2, 3].map(() => limiter.take('ip', t + 10 * 60_000).ok)).toEqual([true, true, false]);
  });

  it('never answers Retry-After below one second', () => {
    const limiter = new RateLimiter({ limit: 1_000, windowMs: 1_000 });
    for (let i = 0; i < 1_000; i++) limiter.take('ip', 0);
    expect(limiter.take('ip', 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('keeps memory bounded when keys keep coming', () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 60_000 }, 1_000);
    for (let i = 0; i < 10_000; i++) limiter.take(`ip-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(1_000);
  });
});

describe('rateRules', () => {
  it('fills defaults, keeps overrides, and is null when off', () => {
    expect(rateRules(false)).toBeNull();
    expect(rateRules(undefined)).toEqual({
      feedbackPerIp: { limit: 60, windowMs: 60_000 },
      feedbackPerSite: { limit: 6_000, windowMs: 60_000 },
      readsPerIp: { limit: 600, windowMs: 60_000 },
    });
    expect(rateRules({ feedbackPerIp: 5, windowMs: 1_000 })?.feedbackPerIp).toEqual({ limit: 5, windowMs: 1_000 });
  });
});
