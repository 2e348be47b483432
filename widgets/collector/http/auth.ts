import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { Auditor } from '../../../core/schemas/index.js';
import { hashToken, type SiteRecord } from '../store/sites.js';
import type { Scope, Store } from '../store/index.js';
import { HttpError } from './errors.js';

/** Who a Bearer token belongs to: the garante (every site) or one site. */
export type Reader = { admin: true } | { admin: false; site: SiteRecord };

const unauthorized = () => new HttpError(401, 'unauthorized', 'Authorization', {}, { 'WWW-Authenticate': 'Bearer realm="proactiva"' });

const bearerToken = (c: Context): string => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S{1,300})$/i.exec(header.trim());
  if (!match) throw unauthorized();
  return match[1]!;
};

const isAdmin = (token: string, adminTokenHash: string | null): boolean =>
  adminTokenHash !== null && timingSafeEqual(Buffer.from(hashToken(token), 'hex'), Buffer.from(adminTokenHash, 'hex'));

/** Resolves the Bearer token of a request, or throws 401. */
export async function authenticate(c: Context, store: Store, adminTokenHash: string | null): Promise<Reader> {
  const token = bearerToken(c);
  if (isAdmin(token, adminTokenHash)) return { admin: true };
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

/** Who may work a campaign's verification queue: the garante (reads it) or a named auditor. */
export type Verifier = { admin: true } | { admin: false; auditor: Auditor };

/** Resolves the Bearer token to the garante or an auditor; a site's token is 403, anything else 401. */
export async function authenticateVerifier(c: Context, store: Store, adminTokenHash: string | null): Promise<Verifier> {
  const token = bearerToken(c);
  if (isAdmin(token, adminTokenHash)) return { admin: true };
  const auditor = await store.auditorByToken(token);
  if (auditor) return { admin: false, auditor };
  if (await store.sites.byToken(token)) throw new HttpError(403, 'auditor_or_admin');
  throw unauthorized();
}
