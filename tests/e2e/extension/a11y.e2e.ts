import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { openPanelFor, setExtensionSettings } from '../support/extension-panel.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';

const SHOTS = resolve(import.meta.dirname, '../__screenshots__');
let ext: ExtensionBrowser;
let server: FixtureServer;

test.beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
  await setExtensionSettings(ext, { headChecks: { enabled: false } });
});
test.afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** axe-core, WCAG 2.1 A/AA, on an extension page: zero violations. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, state).toEqual([]);
}

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent?.trim().slice(0, 40) ?? null);
}

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, matches: () => Promise<boolean>, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await matches()) return;
  }
  throw new Error(`not reached by Tab (last focus: ${await focusedTestId(page)})`);
}

test('side panel: keyboard only from audit to review, axe-clean in every view, screenshot', async () => {
  // Seven axe runs and a live audit: about 45 s on a loaded 2-core machine.
  test.setTimeout(120_000);
  const { page, panel } = await openPanelFor(ext, server.url('/pages/presupuesto-ciudadano.html'));
  await panel.setViewportSize({ width: 420, height: 900 });
  await expectAccessible(panel, 'empty panel');

  // Keyboard only: Tab to the audit button and press Enter.
  await tabTo(panel, async () => (await focusedTestId(panel)) === 'run-audit');
  const outline = await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('overall-score')).toBeVisible({ timeout: 45_000 });
  await panel.screenshot({ path: `${SHOTS}/extension-sidepanel.png`, fullPage: false });
  await expectAccessible(panel, 'report');

  // Expand a criterion with Enter and show its evidence in the page with Enter.
  await tabTo(panel, async () => panel.evaluate(() => document.activeElement?.classList.contains('criterion-toggle') ?? false));
  await panel.keyboard.press('Enter');
  await expect(panel.locator('.criterion-toggle[aria-expanded="true"]')).toHaveCount(1);
  await tabTo(panel, async () => (await focusedTestId(panel)) === 'show-evidence', 80);
  await panel.keyboard.press('Enter');
  await expect(page.locator('proactiva-highlights .box')).toHaveCount(1);
  await expectAccessible(panel, 'criterion open');
  await panel.screenshot({ path: `${SHOTS}/extension-sidepanel-evidence.png`, fullPage: false });

  // Tabs with the arrow keys: Results → Review.
  await panel.getByRole('tab', { name: 'Resultados' }).focus();
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: /Revisión/ })).toBeFocused();
  await expect(panel.getByRole('tab', { name: /Revisión/ })).toHaveAttribute('aria-selected', 'true');
  const before = await panel.getByTestId('review-score').textContent();
  // Answer the first question with the keyboard: Tab into it, arrows move the radio choice.
  await tabTo(panel, async () => panel.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'));
  await panel.keyboard.press('Space');
  await panel.keyboard.press('ArrowRight');
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByTestId('review-score')).not.toHaveText(before!);
  await expect(panel.getByTestId('review-score')).toContainText('1 de');
  await expectAccessible(panel, 'review');

  for (const name of ['Historial', 'Lote']) {
    await panel.getByRole('tab', { name }).click();
    await expectAccessible(panel, name);
  }
  await panel.getByTestId('save').click();
  await panel.getByRole('tab', { name: 'Historial' }).click();
  await expect(panel.locator('[data-audit]')).toHaveCount(1);
  await expectAccessible(panel, 'history with an audit');
});

test('popup: compact score, axe-clean, keyboard reachable, screenshot', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/pages/gobmx-dataset-completo.html'));
  await ext.clickAction(page);
  const tabId = await ext.tabIdOf(page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 420 });
  await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
  await expect(popup.getByTestId('overall-score')).toBeVisible({ timeout: 45_000 });
  await popup.screenshot({ path: `${SHOTS}/extension-popup.png` });
  await expectAccessible(popup, 'popup');
  await tabTo(popup, async () => (await focusedTestId(popup)) === 'open-panel');
});

test('options: axe-clean, saved by keyboard, invalid values listed, language switches to English', async () => {
  const options = await ext.context.newPage();
  await options.goto(ext.url('options.html'));
  await expect(options.getByRole('heading', { name: 'Proactiva — Opciones' })).toBeVisible();
  await expectAccessible(options, 'options');
  await options.screenshot({ path: `${SHOTS}/extension-options.png`, fullPage: true });

  await options.getByLabel('Máximo de páginas').fill('9999');
  await options.getByTestId('options-save').focus();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('options-errors')).toContainText('batch › maxPages');
  await expectAccessible(options, 'options with errors');

  await options.getByLabel('Máximo de páginas').fill('12');
  await options.getByLabel('Accesible para todas las personas').fill('3');
  await options.getByLabel('Idioma de la extensión y de los informes').selectOption('en');
  await options.getByTestId('options-save').click();
  await expect(options.getByRole('heading', { name: 'Proactiva — Options' })).toBeVisible();
  const stored = await ext.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('@wxt-dev/browser').browser }).chrome;
    return (await api.storage.local.get('settings')).settings as { locale: string; batch: { maxPages: number }; weights: Record<string, number> };
  });
  expect(stored.locale).toBe('en');
  expect(stored.batch.maxPages).toBe(12);
  expect(stored.weights).toEqual({ accesible: 3 });

  // Another page follows the saved language at once.
  const panel = await ext.context.newPage();
  await panel.goto(ext.url('sidepanel.html'));
  await expect(panel.getByRole('tab', { name: 'History' })).toBeVisible();
  expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
  await expectAccessible(panel, 'english panel');
});
