import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AuditorRegistration, SitesFile } from '../../core/schemas/index.js';
import { newAdminToken, newAuditorToken, newPublicKey, newSiteToken } from './credentials.js';
import { InvalidInputError, parseInput } from './validation.js';

/** The sites file could not be read or is not valid; the message names the file and the field. */
export class SitesFileError extends Error {}

/** Reads and validates a sites file (`{ adminToken?, dashboardOrigins?, sites }` or an array of sites). */
export function readSitesFile(path: string): SitesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SitesFileError(`cannot read sites file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SitesFileError(`sites file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseInput(SitesFile, json, undefined, 'en');
  } catch (error) {
    if (error instanceof InvalidInputError) throw new SitesFileError(`sites file ${path} is not valid: ${error.message}`);
    throw error;
  }
}

/** Default origins of the generated site: the demo portal's usual local addresses. */
export const STARTER_ORIGINS = ['http://127.0.0.1:8080', 'http://localhost:8080'];

/**
 * Writes a starter sites file with one site and freshly generated credentials (mode 0600).
 * Refuses to overwrite an existing file.
 */
export function createSitesFile(path: string, origins: readonly string[] = STARTER_ORIGINS): SitesFile {
  const file = SitesFile.parse({
    adminToken: newAdminToken(),
    dashboardOrigins: [],
    sites: [
      {
        id: 'sitio-local',
        name: 'Sitio local de prueba',
        origins: [...origins],
        publicKey: newPublicKey(),
        token: newSiteToken(),
      },
    ],
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return file;
}

/**
 * Issues a named auditor's token in a sites file (replacing the token of an auditor with that id,
 * so a lost or leaked token is renewed the same way) and returns it. The collector registers the
 * auditor on its next start.
 */
export function issueAuditorToken(path: string, input: { id: string; name: string }): AuditorRegistration {
  const file = readSitesFile(path);
  const auditor = parseInput(AuditorRegistration, { ...input, token: newAuditorToken() }, 'auditor', 'en');
  rewriteSitesFile(path, { ...file, auditors: [...file.auditors.filter((a) => a.id !== auditor.id), auditor] });
  return auditor;
}

/**
 * Removes an auditor from a sites file; returns whether it was there. On its next start the
 * collector revokes every auditor its sites file no longer lists (token refused, claims released).
 */
export function removeAuditor(path: string, id: string): boolean {
  const file = readSitesFile(path);
  const auditors = file.auditors.filter((a) => a.id !== id);
  if (auditors.length === file.auditors.length) return false;
  rewriteSitesFile(path, { ...file, auditors });
  return true;
}

/** Rewrites a sites file whole through a temporary file (mode 0600), so a reader never sees half of it. */
function rewriteSitesFile(path: string, next: SitesFile): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
