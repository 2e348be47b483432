/**
 * The builds `npm start` needs, each skipped when its output is newer than every one of its
 * sources (so the second start is fast). Builds run through their npm scripts, two at a time.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildStep {
  name: string;
  script: string;
  /** A file the build writes; its mtime is the build's age. */
  output: string;
  /** Folders and files the output depends on (relative to the repository root). */
  sources: string[];
  /** Without this path the part is not in the checkout yet and the build is skipped. */
  requires: string;
  /** A failed optional build is reported and the demo starts without it. */
  optional: boolean;
}

export type BuildOutcome = { step: BuildStep; status: 'fresh' | 'built' | 'missing' | 'failed'; ms: number; log?: string };

const IGNORED = new Set(['node_modules', 'dist', '.output', '.wxt', '.git', 'data']);

export const BUILD_STEPS: readonly BuildStep[] = [
  {
    name: 'widgets',
    script: 'build:widgets',
    output: 'widgets/dist/proactiva-widgets.js',
    sources: ['widgets/feedback', 'widgets/summary', 'widgets/score', 'widgets/shared', 'widgets/client', 'widgets/index.ts', 'widgets/vite.config.ts', 'core', 'package-lock.json'],
    requires: 'widgets/vite.config.ts',
    optional: false,
  },
  {
    name: 'dashboard',
    script: 'build:dashboard',
    output: 'demo/dashboard/dist/index.html',
    sources: ['demo/dashboard', 'core', 'package-lock.json'],
    requires: 'demo/dashboard/vite.config.ts',
    optional: false,
  },
  {
    name: 'extension',
    script: 'build:extension',
    output: '.output/chrome-mv3/manifest.json',
    sources: ['extension', 'core', 'wxt.config.ts', 'package-lock.json'],
    requires: 'wxt.config.ts',
    optional: true,
  },
];

/** The newest modification time (ms) among the files under the given paths. */
export function newestSource(root: string, paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) if (!IGNORED.has(entry)) visit(join(path, entry));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  for (const p of paths) visit(join(root, p));
  return newest;
}

export function isFresh(root: string, step: BuildStep): boolean {
  const output = join(root, step.output);
  if (!existsSync(output)) return false;
  return statSync(output).mtimeMs >= newestSource(root, step.sources);
}

function runScript(root: string, script: string): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', (error) => resolve({ code: 1, log: `${log}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, log }));
  });
}

async function runStep(root: string, step: BuildStep): Promise<BuildOutcome> {
  const t0 = performance.now();
  if (!existsSync(join(root, step.requires))) return { step, status: 'missing', ms: 0 };
  if (isFresh(root, step)) return { step, status: 'fresh', ms: performance.now() - t0 };
  const { code, log } = await runScript(root, step.script);
  const ok = code === 0 && existsSync(join(root, step.output));
  return { step, status: ok ? 'built' : 'failed', ms: performance.now() - t0, ...(ok ? {} : { log: log.slice(-4_000) }) };
}

/** Runs the stale builds, `parallel` at a time, and reports each step's outcome in order. */
export async function ensureBuilds(root: string, steps: readonly BuildStep[] = BUILD_STEPS, parallel = 2): Promise<BuildOutcome[]> {
  const outcomes: BuildOutcome[] = new Array(steps.length);
  let next = 0;
  const worker = async () => {
    while (next < steps.length) {
      const i = next++;
      outcomes[i] = await runStep(root, steps[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, steps.length) }, worker));
  return outcomes;
}
