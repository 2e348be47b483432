import type { FetchLike } from '../core/net/head-check.js';
import { PageReadError } from '../core/net/read-error.js';
import { politeGet, type Fetched, type PoliteContext } from './polite-fetch.js';
import { backoffMs } from './retry-after.js';

/** A download whose server asks to wait longer than this (Retry-After) is given up for this page. */
export const MAX_DOWNLOAD_RETRY_WAIT_MS = 30_000;
/** Statuses whose responses have no body (a Response cannot be built with one). */
const NULL_BODY = new Set([101, 204, 205, 304]);

type Outcome = { ok: true; response: Response } | Extract<Fetched<unknown>, { ok: false }>;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });

/**
 * The response handed to the reader, while politeGet still holds the host's slot: the slot is let
 * go when the reader has drained or cancelled the body, or when the request times out.
 */
function holdingSlot(response: Response, url: string, released: () => void, timedOut: AbortSignal, timeoutMs: number): Response {
  let body: ReadableStream<Uint8Array> | null = null;
  if (!response.body || NULL_BODY.has(response.status)) {
    void response.body?.cancel().catch(() => undefined);
    released();
  } else {
    const reader = response.body.getReader();
    timedOut.addEventListener('abort', released, { once: true });
    body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            controller.close();
            released();
          } else controller.enqueue(value);
        } catch (error) {
          controller.error(timedOut.aborted ? new PageReadError('timeout', `timed out after ${timeoutMs} ms`) : error);
          released();
        }
      },
      async cancel(reason) {
        await reader.cancel(reason).catch(() => undefined);
        released();
      },
    });
  }
  const held = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(held, 'url', { value: url });
  return held;
}

/** One request through politeGet; resolves as soon as the headers are in (the body is read later, slot held). */
function politeOnce(url: string, init: RequestInit, context: PoliteContext): Promise<Outcome> {
  return new Promise<Outcome>((resolve, reject) => {
    // The reader gave up (its guard timed out, or it closed the file): answer at once; politeGet
    // ends on its own (its fetch sees the same aborted signal) and frees the slot.
    if (init.signal?.aborted) return reject(init.signal.reason);
    init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
    const method = init.method === 'HEAD' ? 'HEAD' : 'GET';
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    politeGet(url, context, '*/*', (response, finalUrl, _fetchedAt, timedOut) =>
      new Promise<void>((released) => {
        // A HEAD reply has no body to wait for (headOne does not drain it).
        if (method === 'HEAD') void response.body?.cancel().catch(() => undefined);
        resolve({ ok: true, response: holdingSlot(method === 'HEAD' ? new Response(null, response) : response, finalUrl, () => released(), timedOut, context.timeoutMs) });
      }),
      { method, headers, ...(init.signal ? { signal: init.signal } : {}) },
    ).then((fetched) => {
      if (!fetched.ok) resolve(fetched);
    }, reject);
  });
}

/**
 * A fetch for the core's download readers (`headOne`, `inspectUrls`) with the campaign's manners:
 * each request, and each redirect hop, goes through politeGet (the host's slot held until the body
 * is read, the campaign's User-Agent, `admit` for robots.txt, the interval and Retry-After on the
 * host's row). Network errors, timeouts, 429 and 5xx are tried again here, within the page's job,
 * up to `maxAttempts`, after the server's Retry-After or a backoff; when they run out the reader
 * gets the last HTTP status, or an error with the reason.
 */
export function politeDownloadFetch(context: PoliteContext, maxAttempts: number): FetchLike {
  return async (url, init) => {
    for (let attempt = 1; ; attempt++) {
      const outcome = await politeOnce(url, init, context);
      if (outcome.ok) return outcome.response;
      const wait = outcome.afterMs ?? backoffMs(attempt);
      const last = !outcome.retry || attempt >= maxAttempts || init.signal?.aborted || wait > MAX_DOWNLOAD_RETRY_WAIT_MS;
      if (last) {
        const note = outcome.retry ? (wait > MAX_DOWNLOAD_RETRY_WAIT_MS ? ` (pide esperar ${Math.round(wait / 1000)} s)` : ` (tras ${attempt} intentos)`) : '';
        if (outcome.status !== undefined) return new Response(null, { status: outcome.status, statusText: note.trim() });
        throw new Error(`${outcome.reason}${note}`);
      }
      await sleep(wait, init.signal ?? undefined);
    }
  };
}
