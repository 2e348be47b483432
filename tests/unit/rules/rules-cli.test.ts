import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../core/node/cli.js';

/** Runs the CLI in-process, capturing what it writes. */
async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
  } as unknown as CliIo;
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'proactiva-rules-'));
const PAGE = join(import.meta.dirname, '../../fixtures/pages/boletin-prensa.html');
const base2015 = JSON.parse(readFileSync(join(import.meta.dirname, '../../../core/rules/sets/mx-lgtaip-2015.json'), 'utf8'));

describe('proactiva reglas', () => {
  it('lists the built-in rule sets with their hashes', async () => {
    const r = await run(['reglas', 'list']);
    expect(r.code).toBe(0);
    for (const id of ['mx-lgtaip-2015@1.1.0', 'mx-lgtaip-2025@1.1.0', 'mx-cdmx-2025@1.0.1', 'mx-jalisco-2025@1.0.1']) expect(r.stdout).toContain(id);
  });

  it('shows a resolved set as JSON a garante can start from', async () => {
    const r = await run(['reglas', 'show', 'mx-jalisco-2025']);
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout);
    expect(shown.checks['update-age'].params.defaultPeriodDays).toBe(30);
    expect(shown.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('diffs two sets: weights, references and thresholds', async () => {
    const r = await run(['reglas', 'diff', 'mx-lgtaip-2025', 'mx-cdmx-2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('~ open-format-offered peso: 2 → 3');
    expect(r.stdout).toContain('~ open-format-offered esencial: false → true');
    expect(r.stdout).toMatch(/~ responsible-area referencia: .*→ .*art\. 146/);
  });

  it('validates a garante’s file, naming each bad field; exit 1 when invalid', async () => {
    const good = join(dir, 'propio.json');
    writeFileSync(good, JSON.stringify({ ...base2015, id: 'mx-propio', version: '2.0.0' }));
    const bad = join(dir, 'malo.json');
    const broken = JSON.parse(JSON.stringify(base2015));
    broken.checks['update-age'].weight = -1;
    broken.checks['html-lang'].reference = 'LGTAIP';
    writeFileSync(bad, JSON.stringify(broken));
    const ok = await run(['reglas', 'validate', good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/propio\.json: válido — mx-propio@2\.0\.0 [0-9a-f]{64}/);
    const ko = await run(['reglas', 'validate', good, bad]);
    expect(ko.code).toBe(1);
    expect(ko.stderr).toContain('checks.update-age.weight');
    expect(ko.stderr).toContain('checks.html-lang.reference');
  });
});

describe('proactiva audit --rules', () => {
  it('judges under the chosen set, names it in the report, and accepts a file', async () => {
    const builtIn = await run(['audit', PAGE, '--format', 'json', '--rules', 'mx-cdmx-2025']);
    expect(builtIn.code).toBe(0);
    expect(JSON.parse(builtIn.stdout).rules.id).toBe('mx-cdmx-2025');
    const file = join(dir, 'estatal.json');
    writeFileSync(file, JSON.stringify({ ...base2015, id: 'mx-estatal', version: '1.2.0' }));
    const own = await run(['audit', PAGE, '--format', 'json', '--rules', file]);
    expect(JSON.parse(own.stdout).rules).toMatchObject({ id: 'mx-estatal', version: '1.2.0' });
  });

  it('prints the rules and what to fix first under the table', async () => {
    const r = await run(['audit', PAGE, '--rules', 'mx-lgtaip-2025']);
    expect(r.stdout).toMatch(/Reglas: mx-lgtaip-2025@1\.1\.0 \([0-9a-f]{12}\)/);
    expect(r.stdout).toContain('Qué corregir primero');
    expect(r.stdout).toMatch(/\+\s*\d+\.\d {2}(baja|media|alta)/);
  });

  it('refuses an unknown set or a bad file with exit 2', async () => {
    const unknown = await run(['audit', PAGE, '--rules', 'mx-nada']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('conjunto de reglas desconocido: mx-nada');
    const notJson = join(dir, 'roto.json');
    writeFileSync(notJson, '{ no');
    const broken = await run(['audit', PAGE, '--rules', notJson]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('no es JSON válido');
  });
});
