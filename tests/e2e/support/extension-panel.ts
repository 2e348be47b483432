import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ExtensionBrowser } from './extension-harness.js';

type ChromeApi = typeof import('@wxt-dev/browser').browser;

/** Writes the extension's settings (as the options page would) before a test. */
export async function setExtensionSettings(ext: ExtensionBrowser, settings: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await api.storage.local.set({ settings: value });
  }, settings);
}

let opened = 0;

/**
 * Opens `pageUrl` in a new tab (a unique fragment tells it apart from earlier tabs of the same
 * page), presses the toolbar button on it and opens the side panel aimed at it.
 */
export async function openPanelFor(ext: ExtensionBrowser, pageUrl: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(pageUrl.includes('#') ? pageUrl : `${pageUrl}#tab-${++opened}`);
  await ext.clickAction(page);
  const tabId = await ext.tabIdOf(page);
  const panel = await ext.context.newPage();
  await panel.goto(ext.url(`sidepanel.html?tabId=${tabId}`));
  await expect(panel.getByTestId('target')).toContainText(pageUrl);
  await expect(panel.getByTestId('run-audit')).toBeEnabled();
  return { page, panel, tabId };
}

/** Presses "Auditar esta página" and waits for this audit's score (not an earlier one's). */
export async function runPanelAudit(panel: Page): Promise<void> {
  const app = panel.locator('.app');
  const before = Number((await app.getAttribute('data-audits')) ?? 0);
  await panel.getByTestId('run-audit').click();
  await expect(app).toHaveAttribute('data-audits', String(before + 1), { timeout: 45_000 });
  await expect(panel.getByTestId('overall-score')).toBeVisible();
}

/** Clicks an export button and returns the downloaded file's text. */
export async function downloadText(panel: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
