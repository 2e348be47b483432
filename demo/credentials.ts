/**
 * The demo's secrets, made once per data folder and kept in `<data>/demo-credentials.json`
 * (mode 0600): the garante's admin token (the dashboard token) and one token per sujeto obligado.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SecretToken } from '../core/schemas/index.js';
import { newAdminToken, newSiteToken } from '../widgets/collector/index.js';
import { siteList } from './portal/catalog.js';

const Credentials = z.object({ adminToken: SecretToken, siteTokens: z.record(z.string(), SecretToken) });
export type Credentials = z.infer<typeof Credentials>;

export const credentialsFile = (dataDir: string): string => join(dataDir, 'demo-credentials.json');

export function loadOrCreateCredentials(dataDir: string): Credentials {
  const path = credentialsFile(dataDir);
  if (existsSync(path)) {
    const parsed = Credentials.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.issues[0]?.message}; delete it to make new credentials`);
    const missing = siteList().filter((s) => !parsed.data.siteTokens[s.id]);
    if (missing.length === 0) return parsed.data;
    const completed = { ...parsed.data, siteTokens: { ...parsed.data.siteTokens, ...Object.fromEntries(missing.map((s) => [s.id, newSiteToken()])) } };
    writeFileSync(path, `${JSON.stringify(completed, null, 2)}\n`, { mode: 0o600 });
    return completed;
  }
  mkdirSync(dataDir, { recursive: true });
  const created: Credentials = { adminToken: newAdminToken(), siteTokens: Object.fromEntries(siteList().map((s) => [s.id, newSiteToken()])) };
  writeFileSync(path, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return created;
}
