import { createRequire } from 'node:module';

/** What the extension benches share: runs, axe-core's bundle and rules, and the statistics. */
export const RUNS = Math.max(1, Number(process.env.PROACTIVA_BENCH_RUNS) || 7);
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const ms = (n: number) => n.toFixed(n < 10 ? 1 : 0);

/**
 * Runs in the page's main world (after AXE_PATH was added as a script): axe-core alone with the
 * extension's rules and result types; resolves with its time, or at `capMs` when set.
 */
export async function axeRunInPage({ tags, capMs }: { tags: string[]; capMs: number }): Promise<number> {
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } }).axe;
  const t0 = performance.now();
  const run = axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false, elementRef: false });
  await (capMs > 0 ? Promise.race([run, new Promise((r) => setTimeout(r, capMs))]) : run);
  return performance.now() - t0;
}
