import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { hashToken, type SiteRecord } from '../store/sites.js';
import type { Scope, Store } from '../store/index.js';
import { HttpError } from './errors.js';

/** Who a Bearer token belongs to: the garante (every site) or one site. */
export type Reader = { admin: true } | { admin: false; site: SiteRecord };

const unauthorized = () => new HttpError(401, 'unauthorized', 'Authorization', {}, { 'WWW-Authenticate': 'Bearer realm="proactiva"' });

/** Resolves the Bearer token of a request, or throws 401. */
export async function authenticate(c: Context, store: Store, adminTokenHash: string | null): Promise<Reader> {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S{1,300})$/i.exec(header.trim());
  if (!match) throw unauthorized();
  const token = match[1]!;
  const hash = hashToken(token);
  if (adminTokenHash !== null && timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(adminTokenHash, 'hex'))) return { admin: true };
  const site = await store.sites.byToken(token);
  if (!site) throw unauthorized();
  return { admin: false, site };
}

/**
 * The sites a read covers: the one asked for (if the token may read it), else every site the
 * token may read. An unknown site asked by the admin is 404; a site the token may not read is 403.
 */
export async function readableSites(reader: Reader, store: Store, site: string | undefined): Promise<Scope['sites']> {
  if (site === undefined) return reader.admin ? 'all' : [reader.site.id];
  if (!reader.admin) {
    if (reader.site.id !== site) throw new HttpError(403, 'forbidden_site', 'site', { site });
    return [site];
  }
  if (!(await store.sites.site(site))) throw new HttpError(404, 'unknown_site', 'site', { site });
  return [site];
}
