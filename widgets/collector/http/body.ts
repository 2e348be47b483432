import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { HttpError } from './errors.js';

const JSON_TYPES = /^(application\/json|text\/plain)\s*(;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/**
 * Reads a JSON body of at most maxBytes. application/json is expected; text/plain is accepted
 * too because navigator.sendBeacon sends a string that way.
 */
export async function readJsonBody(c: Context, maxBytes: number): Promise<unknown> {
  const text = await readTextBody(c, maxBytes, JSON_TYPES, 'application/json', 'invalid_json');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid_json');
  }
}

/** Reads an HTML form's body (application/x-www-form-urlencoded, UTF-8) of at most maxBytes. */
export async function readFormBody(c: Context, maxBytes: number): Promise<URLSearchParams> {
  return new URLSearchParams(await readTextBody(c, maxBytes, FORM_TYPE, 'application/x-www-form-urlencoded', 'invalid_body'));
}

/**
 * The body as UTF-8 text, after checking its Content-Type. The size is checked against
 * Content-Length first and then while streaming, so an oversized body is never held in memory.
 */
async function readTextBody(c: Context, maxBytes: number, types: RegExp, expected: string, invalid: 'invalid_json' | 'invalid_body'): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (!types.test(type)) throw new HttpError(415, 'unsupported_media_type', 'Content-Type', { expected });
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new HttpError(413, 'payload_too_large', null, { max: maxBytes });
  // On Node, read the socket's stream directly: asking Hono for c.req.raw.body builds a full
  // fetch Request (abort signal, web streams) per request, a large share of the CPU per POST.
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const bytes = incoming ? await readIncomingCapped(incoming, maxBytes) : await readCapped(c.req.raw.body, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, invalid, null, { detail: 'not UTF-8' });
  }
}

function readIncomingCapped(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('aborted', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanup();
        // Stop buffering; the rest is drained or the socket closed once the 413 is sent.
        incoming.resume();
        reject(new HttpError(413, 'payload_too_large', null, { max: maxBytes }));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = () => {
      cleanup();
      reject(new HttpError(400, 'invalid_body', null, { detail: 'request aborted' }));
    };
    if (incoming.readableEnded) {
      resolve(new Uint8Array(0));
      return;
    }
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('aborted', onError);
  });
}

async function readCapped(stream: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new HttpError(413, 'payload_too_large', null, { max: maxBytes });
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
