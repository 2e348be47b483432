import { parseRetryAfter } from './backoff.js';
import type { DeadLetterReason, OutboxEntry } from './types.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** What one POST /v1/feedback attempt came to (docs/collector-api.md). */
export type SendOutcome =
  | { kind: 'delivered'; stored: boolean; /** The acknowledgement as the collector sent it. */ body?: unknown }
  | { kind: 'retry'; error: string; retryAfterMs: number | null }
  | { kind: 'rejected'; reason: DeadLetterReason };

/** Statuses worth another try: timeouts, rate limiting and server errors. */
const TRANSIENT = new Set([408, 425, 429]);

export function feedbackUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/feedback`;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** The collector's error body `{ error: { code, message, field } }`, read leniently. */
function errorReason(status: number, body: unknown): DeadLetterReason {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v !== '' ? v.slice(0, 500) : fallback);
  return {
    status,
    code: text(error?.code, `http-${status}`),
    message: text(error?.message, `HTTP ${status}`),
    field: typeof error?.field === 'string' ? error.field : null,
  };
}

/**
 * Sends one entry. Only an acknowledgement that names this record's id counts as delivered: a
 * captive portal or a proxy answering 200 with a page of its own must not empty the outbox.
 * `keepalive` lets the request outlive the page (pagehide); the site key travels in the
 * X-Proactiva-Key header, which is why this is a fetch and not navigator.sendBeacon (it cannot
 * set headers).
 */
export function sendEntry(fetchFn: FetchLike, entry: OutboxEntry, now: number): Promise<SendOutcome> {
  return postForAck(
    fetchFn,
    feedbackUrl(entry.target.endpoint),
    {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      keepalive: true,
      headers: { 'content-type': 'application/json', 'x-proactiva-key': entry.target.siteKey },
      body: JSON.stringify(entry.record),
    },
    entry.id,
    now,
  );
}

/**
 * One request whose answer acknowledges a record by its uuid (`{ id, stored }`, 201 or 200), as
 * every idempotent write of the collector answers: delivered, worth a retry (network, 408, 425,
 * 429, 5xx, or an answer that does not name the record), or refused for good (any other 4xx, with
 * the collector's reason).
 */
export async function postForAck(fetchFn: FetchLike, url: string, init: RequestInit, id: string, now: number): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    return { kind: 'retry', error: `network: ${error instanceof Error ? error.message : String(error)}`, retryAfterMs: null };
  }
  const body = await readJson(response);
  if (response.status === 200 || response.status === 201) {
    const ack = body as { id?: unknown; stored?: unknown } | null;
    if (ack !== null && ack.id === id && typeof ack.stored === 'boolean') return { kind: 'delivered', stored: ack.stored, body };
    return { kind: 'retry', error: `unexpected answer to ${id} (HTTP ${response.status})`, retryAfterMs: null };
  }
  if (response.status >= 500 || TRANSIENT.has(response.status) || response.status < 400) {
    return {
      kind: 'retry',
      error: `HTTP ${response.status}`,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now),
    };
  }
  return { kind: 'rejected', reason: errorReason(response.status, body) };
}
