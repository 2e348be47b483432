/**
 * The demo's secrets, made once per data folder and kept in `<data>/demo-credentials.json`
 * (mode 0600): the garante's admin token (the dashboard token), one token per sujeto obligado and
 * a demo auditor's token (the extension's verification queue).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AuditorRegistration, SecretToken } from '../core/schemas/index.js';
import { newAdminToken, newAuditorToken, newSiteToken } from '../widgets/collector/index.js';
import { siteList } from './portal/catalog.js';

const Stored = z.object({ adminToken: SecretToken, siteTokens: z.record(z.string(), SecretToken), auditorToken: AuditorRegistration.shape.token.optional() });
export type Credentials = Required<z.infer<typeof Stored>>;

/** The demo's auditor, who works the seeded campaigns' verification queue in the extension. */
export const DEMO_AUDITOR = { id: 'auditora-demo', name: 'Auditora de demostración' } as const;

export const credentialsFile = (dataDir: string): string => join(dataDir, 'demo-credentials.json');

export function loadOrCreateCredentials(dataDir: string): Credentials {
  const path = credentialsFile(dataDir);
  if (existsSync(path)) {
    const parsed = Stored.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.issues[0]?.message}; delete it to make new credentials`);
    const missing = siteList().filter((s) => !parsed.data.siteTokens[s.id]);
    const { auditorToken } = parsed.data;
    if (missing.length === 0 && auditorToken) return { ...parsed.data, auditorToken };
    // A data folder from an older demo gets what it lacks (new sites' tokens, the auditor's).
    const completed: Credentials = {
      ...parsed.data,
      siteTokens: { ...parsed.data.siteTokens, ...Object.fromEntries(missing.map((s) => [s.id, newSiteToken()])) },
      auditorToken: auditorToken ?? newAuditorToken(),
    };
    writeFileSync(path, `${JSON.stringify(completed, null, 2)}\n`, { mode: 0o600 });
    return completed;
  }
  mkdirSync(dataDir, { recursive: true });
  const created: Credentials = { adminToken: newAdminToken(), siteTokens: Object.fromEntries(siteList().map((s) => [s.id, newSiteToken()])), auditorToken: newAuditorToken() };
  writeFileSync(path, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return created;
}
