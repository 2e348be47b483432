import { browser } from '@wxt-dev/browser';
import { Envelope, PROTOCOL, Reply, type MessageType, type ParsedRequestOf, type RequestOf, type ResponseOf } from './protocol.js';
import { withTimeout } from './timeout.js';

/** A message that reached the other end but failed there (or failed validation on the way back). */
export class MessageError extends Error {
  override readonly name = 'MessageError';
}

const issues = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string =>
  error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');

function envelope<T extends MessageType>(type: T, payload: RequestOf<T>): Envelope {
  const parsed = PROTOCOL[type].request.safeParse(payload);
  if (!parsed.success) throw new MessageError(`${type}: invalid request (${issues(parsed.error)})`);
  return { proactiva: 1, type, payload: parsed.data };
}

function unwrap<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> {
  if (raw === undefined) throw new MessageError(`${type}: nobody answered`);
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new MessageError(`${type}: malformed reply`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  const value = PROTOCOL[type].response.safeParse(reply.data.value);
  if (!value.success) throw new MessageError(`${type}: invalid answer (${issues(value.error)})`);
  return value.data as ResponseOf<T>;
}

/** Sends a message to the content script of a tab and validates the answer; rejects after `timeoutMs`. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>, timeoutMs: number): Promise<ResponseOf<T>> {
  const raw = await withTimeout(browser.tabs.sendMessage(tabId, envelope(type, payload)) as Promise<unknown>, timeoutMs, type);
  return unwrap(type, raw);
}

/** Sends a message to the extension's own contexts (background, offscreen, pages). */
export async function sendToExtension<T extends MessageType>(type: T, payload: RequestOf<T>, timeoutMs: number): Promise<ResponseOf<T>> {
  const raw = await withTimeout(browser.runtime.sendMessage(envelope(type, payload)) as Promise<unknown>, timeoutMs, type);
  return unwrap(type, raw);
}

/** Fire-and-forget broadcast (progress events); a context with no listener is not an error. */
export function broadcast<T extends MessageType>(type: T, payload: RequestOf<T>): void {
  void (browser.runtime.sendMessage(envelope(type, payload)) as Promise<unknown>).catch(() => undefined);
}

export type Handlers = {
  [T in MessageType]?: (payload: ParsedRequestOf<T>, sender: { tabId?: number; url?: string }) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

/**
 * Answers the message types in `handlers` (validating each request) and ignores everything else,
 * so several contexts can listen side by side. Returns the unsubscribe function.
 */
export function serve(handlers: Handlers, options: { pagesOnly?: readonly MessageType[] } = {}): () => void {
  const ownId = browser.runtime.id;
  const pagesOrigin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: { id?: string; tab?: { id?: number }; url?: string }, sendResponse: (reply: Reply) => void): boolean => {
    const parsed = Envelope.safeParse(message);
    if (!parsed.success) return false;
    const type = parsed.data.type as MessageType;
    const handler = handlers[type] as ((payload: unknown, sender: { tabId?: number; url?: string }) => unknown) | undefined;
    if (!handler || !(type in PROTOCOL)) return false;
    if (sender.id !== ownId) return false;
    // Some requests may only come from the extension's own pages, never from a content script.
    if (options.pagesOnly?.includes(type) && !(sender.url ?? '').startsWith(pagesOrigin)) return false;
    const request = PROTOCOL[type].request.safeParse(parsed.data.payload);
    if (!request.success) {
      sendResponse({ ok: false, error: `${type}: invalid request (${issues(request.error)})` });
      return false;
    }
    const context = { ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}), ...(sender.url ? { url: sender.url } : {}) };
    Promise.resolve()
      .then(() => handler(request.data, context))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: String(error instanceof Error ? error.message : error).slice(0, 2_000) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

/** Listens to a broadcast type (validated); never answers, so it cannot steal another reply. */
export function onBroadcast<T extends MessageType>(type: T, handler: (payload: ParsedRequestOf<T>) => void): () => void {
  const ownId = browser.runtime.id;
  const listener = (message: unknown, sender: { id?: string }): undefined => {
    if (sender.id !== ownId) return undefined;
    const parsed = Envelope.safeParse(message);
    if (!parsed.success || parsed.data.type !== type) return undefined;
    const payload = PROTOCOL[type].request.safeParse(parsed.data.payload);
    if (payload.success) handler(payload.data as ParsedRequestOf<T>);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
