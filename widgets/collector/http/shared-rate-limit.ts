import { hashed } from '../spam/network.js';
import type { Counters } from '../store/index.js';
import type { Limiter } from './limit.js';
import type { RateDecision, RateRule } from './rate-limit.js';

/**
 * A limit of `limit` requests per fixed window, counted in the database (store.counters on
 * PostgreSQL), so every collector process behind a load balancer enforces one shared limit.
 * Keys (client addresses, site ids) are stored only as salted hashes. A fixed window lets a client
 * send up to twice the limit across a window boundary; the in-memory token bucket does not, but
 * cannot be shared.
 */
export class SharedRateLimiter implements Limiter {
  constructor(
    private readonly name: string,
    private readonly rule: RateRule,
    private readonly counters: Counters,
    private readonly salt: string,
  ) {}

  async take(key: string, now = Date.now()): Promise<RateDecision> {
    const { hits, resetAt } = await this.counters.hit(`rate:${this.name}:${hashed(this.salt, key)}`, this.rule.windowMs, now);
    if (hits <= this.rule.limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
  }
}
