import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../../bin/proactiva.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });

describe('the proactiva command dispatches to its subcommands', () => {
  it('proactiva collector --help prints the collector usage', () => {
    const result = run('collector', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/npm run collector/);
    expect(result.stdout).toMatch(/--port/);
  });

  it('proactiva audit with no input is a usage error (exit 2)', () => {
    const result = run('audit');
    expect(result.status).toBe(2);
  });
});
