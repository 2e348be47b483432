/**
 * Extension benchmark on Firefox ESR (issue 12): the same comparison as extension.bench.ts — the
 * full in-page audit (snapshot + axe-core + core, HEAD checks off) against axe-core alone on the
 * same page, same rules and result types, median of N alternating runs — for every fixture page,
 * in Debian's Firefox ESR with the built add-on installed temporarily (WebDriver BiDi). The
 * generated 1 MB and 20 MB pages are left to the Chromium bench. Prints Markdown; never fails on
 * a goal. Env: PROACTIVA_BENCH_RUNS (default 7). Run: npm run bench -- extension
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEFAULT_PROFILE } from '../../core/index.js';
import { startFixtureServer } from '../e2e/support/extension-fixture-server.js';
import { FIREFOX_EXTENSION_DIR, launchFirefoxExtension, type FirefoxExtension } from '../e2e/support/firefox-harness.js';
import { fixturePages } from '../unit/core/page-expectation.js';
import { AXE_PATH, axeRunInPage, median, ms, RUNS, WCAG } from './axe-timing.js';

type Api = typeof import('@wxt-dev/browser').browser;
interface AuditAnswer {
  totalMs: number;
  axeMs: number;
  coreMs: number;
}

/** Injects the auditor script into the tab (the add-on holds host access to the fixture site). */
const inject = (ff: FirefoxExtension, tabId: number) =>
  ff.inAddon(async (id: number) => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    await api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/auditor.js'] });
  }, tabId);

/** One full audit of the tab through the extension's own message (the panel's path, minus rendering). */
const fullAudit = (ff: FirefoxExtension, tabId: number): Promise<AuditAnswer> =>
  ff.inAddon(
    async ({ tabId, profile }: { tabId: number; profile: unknown }) => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const payload = { profile, reviews: [], axe: true, headChecks: null, budgetMs: 5_000, axeTimeoutMs: 300_000 };
      const reply = (await api.tabs.sendMessage(tabId, { proactiva: 1, type: 'audit', payload })) as {
        ok: boolean;
        error?: string;
        value: { timings: AuditAnswer };
      };
      if (!reply.ok) throw new Error(reply.error);
      return { totalMs: reply.value.timings.totalMs, axeMs: reply.value.timings.axeMs, coreMs: reply.value.timings.coreMs };
    },
    { tabId, profile: DEFAULT_PROFILE },
  );

/** axe-core alone in the page (its main world), the same rules and result types as the extension. */
const axeAlone = (page: Page): Promise<number> => page.evaluate(axeRunInPage, { tags: WCAG, capMs: 0 });

async function main(): Promise<void> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('could not build the extension');
  }
  const server = await startFixtureServer();
  const ff = await launchFirefoxExtension();
  try {
    await ff.grantHostAccess([server.origin]);
    console.log(`Firefox ${await ff.browser.version()}, add-on ${FIREFOX_EXTENSION_DIR}, median of ${RUNS} alternating runs per fixture page after a warm-up; HEAD checks off.\n`);
    console.log('| page | axe-core alone ms | full audit ms (in page) | of which axe / core ms | ratio |');
    console.log('|---|---:|---:|---:|---:|');
    const ratios: number[] = [];
    for (const { name } of fixturePages()) {
      const url = server.url(`/pages/${name}.html`);
      // A page whose load never ends (a subresource on an unreachable host: no network here) is skipped.
      const page = await ff.openTab(url).catch((error: unknown) => {
        console.log(`| ${name} | — | — | — | not loaded (${String(error instanceof Error ? error.message : error).slice(0, 60)}) |`);
        return null;
      });
      if (!page) continue;
      // A page that navigates itself away (the core's hostile fixture does) cannot be timed.
      if (!page.url().startsWith(url)) {
        console.log(`| ${name} | — | — | — | navigated away, skipped |`);
        await page.close();
        continue;
      }
      try {
        const tabId = await ff.tabIdOf(page.url());
        await inject(ff, tabId);
        await page.addScriptTag({ path: AXE_PATH });
        await axeAlone(page);
        await fullAudit(ff, tabId);
        const alone: number[] = [];
        const full: AuditAnswer[] = [];
        for (let i = 0; i < RUNS; i++) {
          alone.push(await axeAlone(page));
          full.push(await fullAudit(ff, tabId));
        }
        const a = median(alone);
        const f = median(full.map((r) => r.totalMs));
        ratios.push(f / a);
        console.log(`| ${name} | ${ms(a)} | ${ms(f)} | ${ms(median(full.map((r) => r.axeMs)))} / ${ms(median(full.map((r) => r.coreMs)))} | ${(f / a).toFixed(2)}× |`);
      } catch (error) {
        // The hostile fixture navigates itself away after load: its tab loses the auditor script.
        console.log(`| ${name} | — | — | — | not timed (${String(error instanceof Error ? error.message : error).slice(0, 60)}) |`);
      }
      await page.close();
    }
    console.log(`\n- **Firefox: median ratio full audit / axe-core alone: ${median(ratios).toFixed(2)}×** over ${ratios.length} fixture pages (goal ≤ 1.3×; max ${Math.max(...ratios).toFixed(2)}×)`);
  } finally {
    await ff.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
