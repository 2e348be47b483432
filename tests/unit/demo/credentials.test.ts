/**
 * The demo's credentials file: made once per data folder with an auditor token for the
 * verification queue, and completed (not replaced) when a folder from an older demo lacks one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditorRegistration } from '../../../core/schemas/index.js';
import { credentialsFile, DEMO_AUDITOR, loadOrCreateCredentials } from '../../../demo/credentials.js';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'proactiva-demo-cred-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('demo credentials', () => {
  it('include a valid auditor token, kept across starts', () => {
    const dir = fresh();
    const first = loadOrCreateCredentials(dir);
    expect(AuditorRegistration.parse({ ...DEMO_AUDITOR, token: first.auditorToken }).token).toBe(first.auditorToken);
    expect(loadOrCreateCredentials(dir)).toEqual(first);
  });

  it('give an older data folder an auditor token and keep its other tokens', () => {
    const dir = fresh();
    const first = loadOrCreateCredentials(dir);
    const { auditorToken: _gone, ...older } = first;
    writeFileSync(credentialsFile(dir), JSON.stringify(older));
    const completed = loadOrCreateCredentials(dir);
    expect(completed.adminToken).toBe(first.adminToken);
    expect(completed.siteTokens).toEqual(first.siteTokens);
    expect(completed.auditorToken).toMatch(/^au_/);
    expect(JSON.parse(readFileSync(credentialsFile(dir), 'utf8')).auditorToken).toBe(completed.auditorToken);
  });
});
