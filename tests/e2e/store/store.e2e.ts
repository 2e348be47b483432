import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readZip } from '../../support/zip.js';
import { KNOWN_LINT_WARNINGS } from './known-lint-warnings.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const OUTPUT = join(ROOT, '.output');
const FIREFOX_DIR = join(OUTPUT, 'firefox-mv2');
const README = readFileSync(join(ROOT, 'extension/README.md'), 'utf8');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** Builds both store packages (and the sources archive) and returns each file's SHA-256. */
async function zipPackages(): Promise<Map<string, string>> {
  await run(bin('wxt'), ['zip'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  await run(bin('wxt'), ['zip', '-b', 'firefox'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  const zips = readdirSync(OUTPUT).filter((f) => f.endsWith('.zip'));
  return new Map(zips.map((f) => [f, createHash('sha256').update(readFileSync(join(OUTPUT, f))).digest('hex')]));
}

test.describe.configure({ timeout: 240_000 });

test('web-ext lint: no errors, and every warning is a known dependency code path explained in the README', async () => {
  expect(existsSync(join(FIREFOX_DIR, 'manifest.json')), 'build the extension first').toBe(true);
  // web-ext exits non-zero only on errors; the JSON report is on stdout either way.
  const { stdout } = await run(bin('web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, maxBuffer: 20_000_000 }).catch(
    (error: { stdout: string }) => ({ stdout: error.stdout }),
  );
  const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  expect(report.errors.map((m) => `${m.code} ${m.file}: ${m.message}`)).toEqual([]);
  expect(report.notices.map((m) => `${m.code} ${m.file}: ${m.message}`)).toEqual([]);

  const used = new Set<number>();
  for (const warning of report.warnings) {
    const where = `${warning.code} ${warning.file}:${warning.line}:${warning.column} ${warning.message}`;
    expect(warning.file && warning.line && warning.column, where).toBeTruthy();
    const line = readFileSync(join(FIREFOX_DIR, warning.file!), 'utf8').split('\n')[warning.line! - 1] ?? '';
    const context = line.slice(Math.max(0, warning.column! - 150), warning.column! + 150);
    const known = KNOWN_LINT_WARNINGS.findIndex((k) => k.code === warning.code && k.files.test(warning.file!) && k.signatures.some((s) => context.includes(s)));
    expect(known, `unexplained warning: ${where}\n…${context}…`).toBeGreaterThanOrEqual(0);
    used.add(known);
  }
  // No stale entries, and each dependency's warnings are explained in the README.
  expect(KNOWN_LINT_WARNINGS.filter((_, i) => !used.has(i)).map((k) => `${k.dependency} ${k.code}`)).toEqual([]);
  const section = README.slice(README.indexOf('## Store packages'));
  for (const known of KNOWN_LINT_WARNINGS) expect(section, known.dependency).toMatch(new RegExp(`\\| \`${known.dependency.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\` \\| \`${known.code}\``));
});

test('both store packages are reproducible; the Chrome one loads no remote code and every permission is justified in the README', async () => {
  const first = await zipPackages();
  expect([...first.keys()].sort()).toEqual(expect.arrayContaining([expect.stringMatching(/-chrome\.zip$/), expect.stringMatching(/-firefox\.zip$/), expect.stringMatching(/-sources\.zip$/)]));
  const second = await zipPackages();
  expect(second).toEqual(first);

  const chromeZip = [...first.keys()].find((f) => f.endsWith('-chrome.zip'))!;
  const files = readZip(readFileSync(join(OUTPUT, chromeZip)));
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown> & {
    manifest_version: number;
    permissions?: string[];
    optional_host_permissions?: string[];
    host_permissions?: string[];
    content_security_policy?: unknown;
  };
  expect(manifest.manifest_version).toBe(3);
  // The store's rules: no relaxed CSP (no remote script sources, no unsafe-eval), no broad host access up front.
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.host_permissions ?? []).toEqual([]);
  // Every script a page loads, every import, every worker script is inside the package.
  const remote: string[] = [];
  for (const [name, data] of files) {
    const text = data.toString('utf8');
    if (name.endsWith('.html')) {
      for (const [, src] of text.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/gi)) if (/^(https?:)?\/\//i.test(src!)) remote.push(`${name}: ${src}`);
    }
    if (name.endsWith('.js')) {
      for (const [hit] of text.matchAll(/\b(?:importScripts|import)\s*\(\s*["'`](?:https?:)?\/\/[^"'`]*/g)) remote.push(`${name}: ${hit}`);
      for (const [hit] of text.matchAll(/\bfrom\s*["'`](?:https?:)?\/\/[^"'`]*/g)) remote.push(`${name}: ${hit}`);
    }
  }
  expect(remote).toEqual([]);
  const section = README.slice(README.indexOf('## Store packages'));
  for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) {
    expect(section, `permission ${permission}`).toMatch(new RegExp(`\\| \`${permission.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\` \\| \\S`));
  }
});
