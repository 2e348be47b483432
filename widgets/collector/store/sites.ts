import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { SiteRegistration, type PublicSite, type SiteRegistrationInput } from '../../../core/schemas/index.js';
import { parseInput } from '../validation.js';
import type { Database } from './database.js';
import { isoNow } from './scope.js';

/** A registered site as the collector keeps it in memory: the token only as its hash. */
export interface SiteRecord extends PublicSite {
  publicKey: string;
  tokenHash: string;
  /** k of the site's open data. */
  openDataK: number;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Thrown when a site cannot be registered (its public key belongs to another site). */
export class SiteConflictError extends Error {}

/** Inserts or updates a site by id (name, origins, key and token are replaced). */
export async function upsertSite(db: Kysely<Database>, input: SiteRegistrationInput): Promise<SiteRecord> {
  const site = parseInput(SiteRegistration, input);
  const origins = [...new Set(site.origins)];
  const other = await db.selectFrom('site').select('id').where('public_key', '=', site.publicKey).where('id', '!=', site.id).executeTakeFirst();
  if (other) throw new SiteConflictError(`public key already used by site ${other.id}`);
  const now = isoNow();
  const values = { name: site.name, origins: JSON.stringify(origins), public_key: site.publicKey, token_hash: hashToken(site.token), open_data_k: site.openDataK, updated_at: now };
  await db
    .insertInto('site')
    .values({ id: site.id, created_at: now, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  return { id: site.id, name: site.name, origins, publicKey: site.publicKey, tokenHash: values.token_hash, openDataK: site.openDataK };
}

export async function loadSites(db: Kysely<Database>): Promise<SiteRecord[]> {
  const rows = await db.selectFrom('site').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    origins: JSON.parse(row.origins) as string[],
    publicKey: row.public_key,
    tokenHash: row.token_hash,
    openDataK: Number(row.open_data_k),
  }));
}

/**
 * In-memory index of the sites, for the checks every request makes (key, origin, token). It is
 * refreshed after a registration through this store and, at most once a second, when a lookup
 * misses (so a site registered by another process shows up).
 */
export class SiteDirectory {
  private byKey = new Map<string, SiteRecord>();
  private byTokenHash = new Map<string, SiteRecord>();
  private byId = new Map<string, SiteRecord>();
  private origins = new Set<string>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  async reload(): Promise<void> {
    const sites = await loadSites(this.db);
    this.byKey = new Map(sites.map((s) => [s.publicKey, s]));
    this.byTokenHash = new Map(sites.map((s) => [s.tokenHash, s]));
    this.byId = new Map(sites.map((s) => [s.id, s]));
    this.origins = new Set(sites.flatMap((s) => s.origins));
    this.loadedAt = Date.now();
  }

  private async refreshIfStale(): Promise<void> {
    if (Date.now() - this.loadedAt < 1_000) return;
    this.loading ??= this.reload().finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  private async find(map: () => Map<string, SiteRecord>, key: string): Promise<SiteRecord | undefined> {
    const hit = map().get(key);
    if (hit) return hit;
    await this.refreshIfStale();
    return map().get(key);
  }

  byPublicKey(key: string): Promise<SiteRecord | undefined> {
    return this.find(() => this.byKey, key);
  }

  byToken(token: string): Promise<SiteRecord | undefined> {
    return this.find(() => this.byTokenHash, hashToken(token));
  }

  site(id: string): Promise<SiteRecord | undefined> {
    return this.find(() => this.byId, id);
  }

  /** Whether any registered site lists this origin. */
  async knowsOrigin(origin: string): Promise<boolean> {
    if (this.origins.has(origin)) return true;
    await this.refreshIfStale();
    return this.origins.has(origin);
  }

  all(): SiteRecord[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}
