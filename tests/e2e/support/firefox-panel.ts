import { test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './extension-fixture-server.js';
import { launchFirefoxExtension, waitFor, type FirefoxExtension } from './firefox-harness.js';

/** Text of the first element matching `selector` (trimmed), or undefined when there is none. */
export const textOf = (page: Page, selector: string): Promise<string | undefined> =>
  page.$eval(selector, (el) => el.textContent?.trim() ?? '').catch(() => undefined);

/** Waits until the element's text matches `pattern` and returns it. */
export const waitForText = (page: Page, selector: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> =>
  waitFor(async () => {
    const text = await textOf(page, selector);
    return text !== undefined && pattern.test(text) ? text : undefined;
  }, `${selector} to match ${pattern}`, timeoutMs);

export const byTestId = (id: string): string => `[data-testid="${id}"]`;

let opened = 0;

/**
 * Opens `pageUrl` in a new tab (a unique fragment tells it apart from earlier tabs of the same
 * page) and the side panel aimed at it. The add-on must have host access to the page's origin.
 */
export async function openFirefoxPanelFor(ff: FirefoxExtension, pageUrl: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const tabUrl = pageUrl.includes('#') ? pageUrl : `${pageUrl}#tab-${++opened}`;
  const page = await ff.openTab(tabUrl);
  const tabId = await ff.tabIdOf(tabUrl);
  const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await waitForText(panel, byTestId('target'), new RegExp(pageUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await waitFor(() => panel.$eval(byTestId('run-audit'), (b) => !(b as HTMLButtonElement).disabled), 'the audit button');
  return { page, panel, tabId };
}

/** Presses "Auditar esta página" and waits for this audit's score (not an earlier one's). */
export async function runFirefoxPanelAudit(panel: Page): Promise<void> {
  const audits = () => panel.$eval('.app', (el) => Number(el.getAttribute('data-audits') ?? 0));
  const before = await audits();
  await panel.locator(byTestId('run-audit')).click();
  await waitFor(async () => (await audits()) === before + 1, 'the audit to finish', 45_000);
  await panel.waitForSelector(byTestId('overall-score'), { visible: true });
}

/**
 * For a test file: one Firefox with the add-on and the fixture site (host access granted, HEAD
 * checks off so reports compare with the core's Node audit), opened before its tests, closed after.
 */
export function useFirefoxOnFixtureSite(): { ff: () => FirefoxExtension; server: () => FixtureServer } {
  let ff: FirefoxExtension | undefined;
  let server: FixtureServer | undefined;
  test.beforeAll(async () => {
    server = await startFixtureServer();
    ff = await launchFirefoxExtension();
    await ff.grantHostAccess([server.origin]);
    await ff.setSettings({ headChecks: { enabled: false } });
  });
  test.afterAll(async () => {
    await ff?.close();
    await server?.close();
  });
  return { ff: () => ff!, server: () => server! };
}
