import { PageReadError } from '../read-error.js';

/** An opened resource: what the file system or the server said, and its bytes as a capped stream. */
export interface ResourceSource {
  url: string;
  name: string;
  fetchedAt: string;
  contentType?: string;
  lastModified?: string;
  /** Total size when known. */
  size?: number;
  /** The body, at most `maxBytes` of it; the stream ends at the cap. */
  chunks: AsyncIterable<Uint8Array>;
  /** Bytes delivered so far, and whether the cap cut the body (final once `chunks` is drained). */
  progress: { bytesRead: number; cut: boolean };
  /** Stops the download or closes the file early. */
  close(): Promise<void>;
}

export interface OpenOptions {
  maxBytes: number;
  timeoutMs: number;
  baseUrl?: string;
  /** Extra request headers (the CLI's user agent; a browser sets its own). */
  headers?: Record<string, string>;
  /** Request settings of the caller's edge (the extension: no cookies, no cache). */
  init?: RequestInit;
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

export async function* capped(source: AsyncIterable<Uint8Array>, maxBytes: number, progress: { bytesRead: number; cut: boolean }): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    const room = maxBytes - progress.bytesRead;
    if (chunk.byteLength > room) {
      progress.cut = true;
      if (room > 0) {
        progress.bytesRead += room;
        yield chunk.subarray(0, room);
      }
      return;
    }
    progress.bytesRead += chunk.byteLength;
    yield chunk;
  }
}

/**
 * Opens an http(s) URL as a capped byte stream (the cap and the timeout apply while reading).
 * Uses only fetch, so the CLI and the extension share it; `init` carries the caller's request
 * settings (the extension omits cookies and the cache).
 */
export async function openUrl(url: string, options: OpenOptions): Promise<ResourceSource> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { ...options.init, signal: controller.signal, redirect: 'follow', ...(options.headers ? { headers: options.headers } : {}) });
  } catch (error) {
    clearTimeout(timer);
    if (controller.signal.aborted) throw new PageReadError('timeout', `timed out after ${options.timeoutMs} ms`);
    throw new PageReadError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    clearTimeout(timer);
    await response.body?.cancel().catch(() => undefined);
    throw new PageReadError('http-status', `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const length = Number(response.headers.get('content-length') ?? NaN);
  const progress = { bytesRead: 0, cut: false };
  const body = response.body;
  async function* read(): AsyncGenerator<Uint8Array> {
    if (!body) return;
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } catch (error) {
      if (controller.signal.aborted) throw new PageReadError('timeout', `timed out after ${options.timeoutMs} ms`);
      throw error;
    } finally {
      clearTimeout(timer);
      await reader.cancel().catch(() => undefined);
    }
  }
  const path = new URL(response.url || url).pathname;
  const contentType = response.headers.get('content-type') ?? undefined;
  const lastModified = response.headers.get('last-modified');
  return {
    url: response.url || url,
    name: decodeURIComponent(path.split('/').pop() || new URL(url).hostname),
    fetchedAt: new Date().toISOString(),
    ...(contentType ? { contentType } : {}),
    ...(lastModified && !Number.isNaN(Date.parse(lastModified)) ? { lastModified: new Date(lastModified).toISOString() } : {}),
    ...(Number.isSafeInteger(length) && length >= 0 ? { size: length } : {}),
    chunks: capped(read(), options.maxBytes, progress),
    progress,
    close: async () => {
      clearTimeout(timer);
      controller.abort();
    },
  };
}

/** Pulls the first `size` bytes (or fewer at the end) and returns them with the rest of the stream. */
export async function peek(chunks: AsyncIterable<Uint8Array>, size: number): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const held: Uint8Array[] = [];
  let total = 0;
  let done = false;
  while (total < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    held.push(next.value);
    total += next.value.byteLength;
  }
  const head = concat(held, total);
  const rest = (async function* () {
    if (head.byteLength) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  return { head, rest };
}

export function concat(chunks: readonly Uint8Array[], total = chunks.reduce((n, c) => n + c.byteLength, 0)): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Drains a stream into one buffer (formats that need the whole file: spreadsheets, PDF, JSON, XML). */
export async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const all: Uint8Array[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return concat(all);
}
