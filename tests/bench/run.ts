/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in its own process, one after another (so
 * figures are not skewed by each other), and prints their reports. A bench file prints a
 * Markdown section and exits non-zero only when it cannot run, never because a goal was missed.
 * `npm run bench -- core` runs only the files whose name contains "core".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((word) => f.includes(word)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, file)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    failed++;
    console.error(`bench ${file} could not run (exit ${result.status})`);
  }
}
if (files.length === 0) console.error('no bench files matched');
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
