import type { Context } from 'hono';
import type { AppEnv } from './context.js';

/**
 * The client's address for rate limiting. Behind one reverse proxy (trustProxy), the last
 * X-Forwarded-For entry is the address that proxy saw; otherwise the socket's peer.
 */
export function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return last;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
