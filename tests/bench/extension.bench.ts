/**
 * Extension benchmark (issue 3), in Debian's Chromium with the built extension loaded headless:
 * per fixture page and for generated 1 MB and 20 MB pages, the full in-page audit (snapshot +
 * axe-core + core, HEAD checks off) against axe-core alone on the same page (same rules, same
 * result types), median of N alternating runs; and the time from a click on "Auditar esta página"
 * to the first rendered score in the side panel. Prints Markdown; never fails on a goal.
 * The 20 MB page is audited once with the extension's default time limits (axe-core is abandoned
 * after 30 s and the report flagged), and axe-core alone gets one run capped at 120 s.
 * Env: PROACTIVA_BENCH_RUNS (default 7; generated pages use at most 3).
 * Run: npm run bench -- extension
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_PROFILE } from '../../core/index.js';
import { EXTENSION_DIR, launchExtension, type ExtensionBrowser } from '../e2e/support/extension-harness.js';
import { startFixtureServer } from '../e2e/support/extension-fixture-server.js';
import { fixturePages } from '../unit/core/page-expectation.js';
import { AXE_PATH, axeRunInPage, median, ms, RUNS, WCAG } from './axe-timing.js';

type ChromeApi = typeof import('@wxt-dev/browser').browser;
interface AuditAnswer {
  wallMs: number;
  totalMs: number;
  axeMs: number;
  coreMs: number;
  truncated: boolean;
}

/** One full audit of the tab through the extension's own message (the panel's path, minus rendering). */
async function fullAudit(ext: ExtensionBrowser, tabId: number, axeTimeoutMs = 300_000): Promise<AuditAnswer> {
  return ext.worker.evaluate(
    async ({ tabId, profile, axeTimeoutMs }) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const payload = { profile, reviews: [], axe: true, headChecks: null, budgetMs: 5_000, axeTimeoutMs };
      const t0 = performance.now();
      const reply = (await api.tabs.sendMessage(tabId, { proactiva: 1, type: 'audit', payload })) as {
        ok: boolean;
        error?: string;
        value: { report: { truncated: boolean }; timings: { totalMs: number; axeMs: number; coreMs: number } };
      };
      const wallMs = performance.now() - t0;
      if (!reply.ok) throw new Error(reply.error);
      return { wallMs, ...reply.value.timings, truncated: reply.value.report.truncated };
    },
    { tabId, profile: DEFAULT_PROFILE, axeTimeoutMs },
  );
}

/** axe-core alone in the page (its main world), the same rules and result types as the extension. */
const axeAlone = (page: Page, capMs = 0): Promise<number> => page.evaluate(axeRunInPage, { tags: WCAG, capMs });

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('could not build the extension');
  }
  const server = await startFixtureServer();
  const ext = await launchExtension();
  const version = ext.context.browser()?.version() ?? '?';
  try {
    const pages = [
      ...fixturePages().map((p) => ({ name: p.name, path: `/pages/${p.name}.html`, runs: RUNS })),
      { name: 'generated 1 MB', path: '/big/1', runs: Math.min(RUNS, 3) },
    ];
    console.log(`Chromium ${version}, extension ${EXTENSION_DIR}, median of ${RUNS} alternating runs per fixture page (3 for the 1 MB page) after a warm-up; HEAD checks off.\n`);
    console.log('| page | axe-core alone ms | full audit ms (in page) | of which axe / core ms | full incl. messaging ms | ratio | truncated |');
    console.log('|---|---:|---:|---:|---:|---:|---|');
    const ratios: number[] = [];
    for (const spec of pages) {
      const page = await ext.context.newPage();
      await page.goto(server.url(spec.path), { timeout: 120_000 });
      // A page that navigates itself away (the core's hostile fixture does) cannot be timed.
      await page.waitForLoadState('load');
      if (!page.url().startsWith(server.url(spec.path))) {
        console.log(`| ${spec.name} | — | — | — | — | — | navigated away (${page.url().slice(0, 40)}), skipped |`);
        await page.close();
        continue;
      }
      await ext.clickAction(page);
      const tabId = await ext.tabIdOf(page);
      await ext.worker.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        await api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/auditor.js'] });
      }, tabId);
      await page.addScriptTag({ path: AXE_PATH });
      await axeAlone(page);
      await fullAudit(ext, tabId);
      const alone: number[] = [];
      const full: AuditAnswer[] = [];
      for (let i = 0; i < spec.runs; i++) {
        alone.push(await axeAlone(page));
        full.push(await fullAudit(ext, tabId));
      }
      const a = median(alone);
      const f = median(full.map((r) => r.totalMs));
      const ratio = f / a;
      ratios.push(ratio);
      console.log(
        `| ${spec.name} | ${ms(a)} | ${ms(f)} | ${ms(median(full.map((r) => r.axeMs)))} / ${ms(median(full.map((r) => r.coreMs)))} | ${ms(median(full.map((r) => r.wallMs)))} | ${ratio.toFixed(2)}× | ${full.some((r) => r.truncated) ? 'yes' : 'no'} |`,
      );
      await page.close();
    }
    // 20 MB: the extension's own limits (axe-core abandoned after 30 s), axe alone capped at 120 s.
    {
      const page = await ext.context.newPage();
      const t0 = Date.now();
      await page.goto(server.url('/big/20'), { timeout: 180_000 });
      const loadMs = Date.now() - t0;
      await ext.clickAction(page);
      const tabId = await ext.tabIdOf(page);
      await ext.worker.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        await api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/auditor.js'] });
      }, tabId);
      process.stderr.write(`20 MB page loaded in ${loadMs} ms\n`);
      const full = await fullAudit(ext, tabId, 30_000);
      process.stderr.write(`20 MB full audit ${Math.round(full.totalMs)} ms\n`);
      // A fresh tab for axe alone: the extension's abandoned axe run may still be busy in the first.
      await page.close();
      const fresh = await ext.context.newPage();
      let alone = 'not measured';
      try {
        await fresh.goto(server.url('/big/20'), { timeout: 180_000 });
        await fresh.addScriptTag({ path: AXE_PATH });
        // The cap is enforced here: axe's synchronous setup on a huge DOM blocks the page's timers.
        const t = await Promise.race([axeAlone(fresh), new Promise<number>((r) => setTimeout(() => r(Infinity), 120_000))]);
        alone = Number.isFinite(t) ? ms(t) : '> 120000 (gave up)';
      } catch (error) {
        alone = `tab crashed (${String(error instanceof Error ? error.message : error).slice(0, 40)})`;
      }
      console.log(`| generated 20 MB (1 run, load ${ms(loadMs)} ms) | ${alone} | ${ms(full.totalMs)} | ${ms(full.axeMs)} / ${ms(full.coreMs)} | ${ms(full.wallMs)} | — | ${full.truncated ? 'yes' : 'no'} |`);
      await fresh.close().catch(() => undefined);
    }

    const fixtureRatios = ratios.slice(0, -1);
    console.log(`\n- **Median ratio full audit / axe-core alone: ${median(ratios).toFixed(2)}×** over all pages (goal ≤ 1.3×); fixture pages only ${median(fixtureRatios).toFixed(2)}× (max ${Math.max(...fixtureRatios).toFixed(2)}×)`);

    // Click → first rendered score in the side panel (fresh panel each run).
    const target = await ext.context.newPage();
    await target.goto(server.url('/pages/presupuesto-ciudadano.html'));
    await ext.clickAction(target);
    const tabId = await ext.tabIdOf(target);
    const panel = await ext.context.newPage();
    const clicks: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      await panel.goto(ext.url(`sidepanel.html?tabId=${tabId}`));
      await panel.getByTestId('run-audit').waitFor();
      await panel.waitForFunction(() => !(document.querySelector('[data-testid=run-audit]') as HTMLButtonElement).disabled);
      const elapsed = await panel.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (!document.querySelector('[data-testid=overall-score]')) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, { childList: true, subtree: true });
            (document.querySelector('[data-testid=run-audit]') as HTMLButtonElement).click();
          }),
      );
      if (i > 0) clicks.push(elapsed);
    }
    console.log(`- **Click → first rendered score in the side panel: median ${ms(median(clicks))} ms** (presupuesto-ciudadano, axe on, HEAD on by default settings, min ${ms(Math.min(...clicks))}, max ${ms(Math.max(...clicks))}, ${clicks.length} runs)`);
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
