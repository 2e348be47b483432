import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, parseRetryAfter, retryDelay } from '../../../widgets/client/backoff.js';

describe('retryDelay', () => {
  it('doubles from 2 s up to 5 min, keeping a random half of each step (equal jitter)', () => {
    const low = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((a) => retryDelay(a, () => 0));
    const high = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((a) => retryDelay(a, () => 1));
    expect(high).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000]);
    expect(low).toEqual(high.map((h) => h / 2));
    expect(retryDelay(3, () => 0.5)).toBe(6_000);
  });

  it('spreads browsers that fail together', () => {
    const seeds = [0.1, 0.3, 0.5, 0.7, 0.9];
    const delays = new Set(seeds.map((r) => retryDelay(4, () => r)));
    expect(delays.size).toBe(seeds.length);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(8_000), expect(d).toBeLessThanOrEqual(16_000);
  });

  it('never overflows on huge attempt counts', () => {
    expect(retryDelay(10_000, () => 1)).toBe(DEFAULT_BACKOFF.maxMs);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 2, 10, 12, 0, 0);
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 10 Mar 2026 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Tue, 10 Mar 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores missing or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
