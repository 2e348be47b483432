import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { downloadText, openPanelFor, runPanelAudit, setExtensionSettings } from '../support/extension-panel.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';

let ext: ExtensionBrowser;
let server: FixtureServer;
const dialogs: string[] = [];

test.beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
  ext.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Every extension page records CSP violations (an injected script or handler would cause one).
  await ext.context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
test.afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Nothing from the page became markup in an extension page. */
async function expectInert(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      foreign: document.querySelectorAll('iframe, object, embed, svg script, math, portal, base, meta[http-equiv], img:not(.logo), video, audio, form:not(.options), marquee, x, template').length,
      jsLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')].filter((el) =>
        ['href', 'src', 'action', 'formaction'].some((name) => /^\s*(javascript|data|vbscript):/i.test(el.getAttribute(name) ?? '')),
      ).length,
      violations: (window as unknown as { __violations: string[] }).__violations,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    };
  });
  expect(found).toEqual({ handlers: [], inlineScripts: 0, foreign: 0, jsLinks: 0, violations: [], pwned: null });
}

test('a page with 60 XSS payloads in text, attributes, titles and link URLs stays text everywhere', async () => {
  await setExtensionSettings(ext, { headChecks: { enabled: true, concurrency: 4, timeoutMs: 2_000, maxResources: 30 } });
  const pageUrl = server.url('/ext/hostil-xss.html');
  const { page, panel } = await openPanelFor(ext, pageUrl);
  expect(await page.evaluate(() => (window as unknown as { __pageScriptsRan?: boolean }).__pageScriptsRan)).toBe(true);
  await runPanelAudit(panel);

  // The page's title is shown, literally, as text.
  await expect(panel.getByText(`<script>alert('xss-1')</script>`, { exact: false }).first()).toBeVisible();
  // Open every criterion, show every piece of evidence, use the review tab.
  for (const toggle of await panel.locator('.criterion-toggle').all()) await toggle.click();
  const shows = panel.getByTestId('show-evidence');
  const n = Math.min(await shows.count(), 8);
  for (let i = 0; i < n; i++) await shows.nth(i).click();
  await panel.getByTestId('show-all').check();
  await expect.poll(() => page.locator('proactiva-highlights .box').count()).toBeGreaterThan(0);
  // The labels drawn over the page are text too.
  expect(await page.locator('proactiva-highlights .label').evaluateAll((els) => els.every((el) => el.childElementCount === 0))).toBe(true);
  // Payloads from text, attributes and URLs appear as text in the panel.
  const text = await panel.locator('main').innerText();
  expect(['javascript:alert', 'onerror=alert', "</title><script>alert('xss-19')</script>"].filter((literal) => !text.includes(literal))).toEqual([]);
  await expectInert(panel);
  await panel.getByRole('tab', { name: /Revisión/ }).click();
  for (const details of await panel.locator('details summary').all()) await details.click();
  await expectInert(panel);

  // Exports escape them: the printable HTML runs nothing and the JSON keeps them as data.
  const html = (await downloadText(panel, 'export-html')).text;
  expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed|math|base|portal|video|audio|form)\b/i);
  expect(html).toContain('&lt;script&gt;alert(');
  const report = await ext.context.newPage();
  await report.setContent(html);
  expect(await report.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  await report.close();
  const json = JSON.parse((await downloadText(panel, 'export-json')).text) as { title: string };
  expect(json.title).toContain(`<script>alert('xss-1')</script>`);

  // Popup too.
  const tabId = await ext.tabIdOf(page);
  const popup = await ext.context.newPage();
  await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
  await expect(popup.getByTestId('overall-score')).toBeVisible({ timeout: 45_000 });
  await expectInert(popup);

  expect(dialogs).toEqual([]);
  // The page's own HEAD-checked links include hostile query strings; none was followed as a page.
  expect(server.requests.filter((r) => r.startsWith('GET /files/datos-'))).toEqual([]);
});
