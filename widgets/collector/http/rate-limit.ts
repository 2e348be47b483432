/** A limit of `limit` requests per `windowMs`, refilled continuously (token bucket). */
export interface RateRule {
  limit: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

/**
 * Token buckets per key (an IP, a site). A key starts with `limit` tokens; each request takes
 * one; tokens come back at limit/windowMs. Memory is bounded: past maxKeys, buckets that are full
 * again are dropped first, then the oldest, down to 90 % of maxKeys.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly rule: RateRule,
    private readonly maxKeys = 100_000,
  ) {
    this.perMs = rule.limit / rule.windowMs;
  }

  take(key: string, now = Date.now()): RateDecision {
    const bucket = this.buckets.get(key) ?? { tokens: this.rule.limit, at: now };
    bucket.tokens = Math.min(this.rule.limit, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= this.maxKeys) this.evict(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.rule.limit) this.buckets.delete(key);
    }
    // Make room for a tenth of the keys at once, so a flood of new keys costs one sweep per many requests.
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= target) break;
      this.buckets.delete(key);
    }
  }
}
