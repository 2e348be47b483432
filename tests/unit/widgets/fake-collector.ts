import type { FetchLike } from '../../../widgets/client/send.js';

type Mode = 'up' | 'down' | 'lose-ack' | { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * Stands in for the collector's POST /v1/feedback in unit tests (the real one runs in e2e):
 * stores records by uuid like the real INSERT … ON CONFLICT DO NOTHING, answers 201 / 200, and
 * can be switched down (network error), made to lose its acknowledgement after storing, or to
 * answer any status.
 */
export class FakeCollector {
  readonly stored = new Map<string, unknown>();
  readonly requests: { url: string; init: RequestInit; body: { id: string } }[] = [];
  /** How many times each uuid was stored (must never exceed 1). */
  readonly inserts = new Map<string, number>();
  mode: Mode | ((n: number) => Mode) = 'up';

  readonly fetch: FetchLike = async (url, init) => {
    const body = JSON.parse(String(init.body)) as { id: string };
    this.requests.push({ url, init, body });
    const mode = typeof this.mode === 'function' ? this.mode(this.requests.length) : this.mode;
    if (mode === 'down') throw new TypeError('Failed to fetch');
    if (typeof mode === 'object') {
      return new Response(mode.body === undefined ? null : JSON.stringify(mode.body), { status: mode.status, headers: mode.headers ?? {} });
    }
    const fresh = !this.stored.has(body.id);
    if (fresh) {
      this.stored.set(body.id, body);
      this.inserts.set(body.id, (this.inserts.get(body.id) ?? 0) + 1);
    }
    if (mode === 'lose-ack') throw new TypeError('network connection lost');
    return new Response(JSON.stringify({ id: body.id, stored: fresh }), { status: fresh ? 201 : 200, headers: { 'content-type': 'application/json' } });
  };
}
