import type { Db as IDatabase } from 'pg-boss';
import { PageReadError } from '../core/net/read-error.js';
import { acquireHost, HostBusyError, releaseHost } from './host-slot.js';
import { retryAfterMs } from './retry-after.js';

export interface PoliteContext {
  /** Where host slots live; null turns politeness off (benchmarks on the farm only). */
  slots: IDatabase | null;
  userAgent: string;
  /** Gap between two requests to one host (the larger of the campaign's and robots Crawl-delay). */
  intervalMs: number;
  /** Whole request, body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Whether a redirect target stays on the site. */
  sameSite(url: URL): boolean;
  /** Asked before every hop (the first and each redirect): robots.txt of the hop's origin, for downloads. */
  admit?(url: URL): Promise<Fetched<unknown>>;
}

/** What a caller adds to the request: a method other than GET, headers, its own abort signal. */
export interface PoliteRequest {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export type Fetched<T> =
  | { ok: true; value: T; url: string }
  | { ok: false; retry: boolean; reason: string; afterMs?: number; status?: number };

/** Waiting for a busy host longer than this gives the job back to the queue (it is retried later). */
export const MAX_HOST_WAIT_MS = 120_000;

/**
 * GET (or HEAD) with the campaign's manners: the host's slot is held for the whole request (headers and
 * body), redirects are followed by hand (bounded, same site only, each through the slot), 429 and
 * 503 are answered with the server's Retry-After, 5xx and network errors are retryable, other 4xx
 * are final. `read` consumes the response while the slot is held (`signal` aborts when the request
 * times out); its PageReadError is final.
 */
export async function politeGet<T>(
  start: string,
  context: PoliteContext,
  accept: string,
  read: (response: Response, url: string, fetchedAt: string, signal: AbortSignal) => Promise<T>,
  request: PoliteRequest = {},
): Promise<Fetched<T>> {
  let url = new URL(start);
  for (let hop = 0; hop <= context.maxRedirects; hop++) {
    const host = url.host;
    if (context.admit) {
      const admitted = await context.admit(url);
      if (!admitted.ok) return admitted;
    }
    if (context.slots) {
      try {
        await acquireHost(context.slots, host, context.timeoutMs + 5_000, MAX_HOST_WAIT_MS);
      } catch (error) {
        if (error instanceof HostBusyError) return { ok: false, retry: true, reason: error.message };
        throw error;
      }
    }
    let nextGapMs = context.intervalMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), context.timeoutMs);
    const signal = request.signal ? AbortSignal.any([controller.signal, request.signal]) : controller.signal;
    try {
      const fetchedAt = new Date().toISOString();
      const response = await fetch(url, {
        method: request.method ?? 'GET',
        redirect: 'manual',
        signal,
        headers: { ...request.headers, 'user-agent': context.userAgent, accept },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(response.headers.get('location')!, url);
        if (!context.sameSite(next)) return { ok: false, retry: false, reason: `redirige fuera del sitio: ${next.href}` };
        url = next;
        continue;
      }
      if (response.status === 429 || response.status === 503) {
        await response.body?.cancel().catch(() => undefined);
        const afterMs = retryAfterMs(response.headers.get('retry-after'));
        if (afterMs !== undefined) nextGapMs = Math.max(nextGapMs, afterMs);
        return { ok: false, retry: true, reason: `HTTP ${response.status}`, status: response.status, ...(afterMs !== undefined ? { afterMs } : {}) };
      }
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, retry: true, reason: `HTTP ${response.status}`, status: response.status };
      }
      return { ok: true, value: await read(response, url.href, fetchedAt, controller.signal), url: url.href };
    } catch (error) {
      if (error instanceof PageReadError) return { ok: false, retry: false, reason: error.message };
      if (controller.signal.aborted) return { ok: false, retry: true, reason: `tiempo agotado (${context.timeoutMs} ms)` };
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return { ok: false, retry: true, reason: `red: ${error instanceof Error ? error.message : String(error)}${cause}` };
    } finally {
      clearTimeout(timer);
      if (context.slots) await releaseHost(context.slots, host, nextGapMs);
    }
  }
  return { ok: false, retry: false, reason: `más de ${context.maxRedirects} redirecciones` };
}
