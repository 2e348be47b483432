import { expect, test } from '@playwright/test';
import { fromJson } from '../../../core/report/index.js';
import { coreAuditLike, expectScoresLikeCore } from '../support/core-agreement.js';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { downloadText, openPanelFor, runPanelAudit, setExtensionSettings } from '../support/extension-panel.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';

let ext: ExtensionBrowser;
let server: FixtureServer;

test.beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
  // HEAD checks off: the Node audit compared with below has no HTTP access either.
  await setExtensionSettings(ext, { headChecks: { enabled: false } });
});

test.afterAll(async () => {
  await ext?.close();
  await server?.close();
});

for (const name of ['presupuesto-ciudadano', 'municipio-pdf-solo']) {
  test(`audits ${name} in the page and scores it as the core does`, async () => {
    const pageUrl = server.url(`/pages/${name}.html`);
    const { panel } = await openPanelFor(ext, pageUrl);
    await runPanelAudit(panel);

    const { text } = await downloadText(panel, 'export-json');
    const report = fromJson(text);
    expect(report.url.startsWith(pageUrl)).toBe(true);
    expectScoresLikeCore(report, name);

    // The panel shows the same numbers it exported.
    for (const criterion of report.criteria) {
      await expect(panel.locator(`[data-criterion="${criterion.id}"] [data-testid="criterion-score"]`)).toHaveText(
        criterion.score === null ? '—' : String(Math.round(criterion.score)),
      );
    }
    await expect(panel.getByTestId('overall-value')).toHaveText(String(Math.round(report.score!)));
  });
}

test('evidence click scrolls to the element and draws the overlay over it; clearing removes it', async () => {
  const { page, panel } = await openPanelFor(ext, server.url('/pages/municipio-pdf-solo.html'));
  await runPanelAudit(panel);
  // Open every criterion and pick the first evidence with a selector.
  for (const toggle of await panel.locator('.criterion-toggle').all()) await toggle.click();
  const show = panel.getByTestId('show-evidence').first();
  await expect(show).toBeVisible();
  const selector = (await show.locator('xpath=preceding-sibling::code').textContent())!;
  await show.click();
  await expect(panel.getByTestId('status')).toContainText(/Resaltados en la página: 1/);

  const box = page.locator('proactiva-highlights .box.current');
  await expect(box).toHaveCount(1);
  await expect(box).toHaveAttribute('data-selector', selector);
  const target = await page.locator(selector).first().boundingBox();
  const drawn = await box.boundingBox();
  expect(target && drawn).toBeTruthy();
  expect(Math.abs(drawn!.x - target!.x)).toBeLessThan(2);
  expect(Math.abs(drawn!.y - target!.y)).toBeLessThan(2);
  expect(Math.abs(drawn!.width - Math.max(target!.width, 4))).toBeLessThan(2);
  // The element was scrolled into view.
  const inView = await page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  expect(inView).toBe(true);

  // "Show all evidence" draws several boxes; turning it off removes the host completely.
  await panel.getByTestId('show-all').check();
  await expect.poll(() => page.locator('proactiva-highlights .box').count()).toBeGreaterThan(1);
  await panel.getByTestId('show-all').uncheck();
  await expect(page.locator('proactiva-highlights')).toHaveCount(0);
});

test('audits as of the verification date typed in the panel: the report records it and judges freshness by it', async () => {
  const name = 'indicadores-desactualizados';
  const { panel } = await openPanelFor(ext, server.url(`/pages/${name}.html`));
  await panel.getByTestId('as-of').fill('2019-12-31');
  await runPanelAudit(panel);
  await expect(panel.getByTestId('as-of-line')).toContainText('2019');

  const report = fromJson((await downloadText(panel, 'export-json')).text);
  expect(report.asOf).toBe('2019-12-31');
  const asOfCore = coreAuditLike(report, name, '2019-12-31');
  const today = coreAuditLike(report, name);
  const freshness = (r: typeof report) => r.criteria.find((c) => c.id === 'actualizada')!.score;
  expect(freshness(report)).toBeCloseTo(freshness(asOfCore) ?? NaN, 5);
  expect(freshness(asOfCore)).not.toBe(freshness(today));
});
