import { expect, test } from '@playwright/test';
import type { AuditReport } from '../../../core/index.js';
import { fromJson } from '../../../core/report/index.js';
import { waitFor } from '../support/firefox-harness.js';
import { byTestId, openFirefoxPanelFor, runFirefoxPanelAudit, useFirefoxOnFixtureSite, waitForText } from '../support/firefox-panel.js';

const site = useFirefoxOnFixtureSite();

const PAGES = ['presupuesto-ciudadano', 'municipio-pdf-solo', 'boletin-prensa'];
const accessible = (report: AuditReport) => report.criteria.find((c) => c.id === 'accesible')!;

test('Firefox: a batch of pages runs axe-core in background tabs and scores `accesible` as single-page audits do', async () => {
  const [ff, server] = [site.ff(), site.server()];
  const urls = PAGES.map((name) => server.url(`/pages/${name}.html`));
  const { panel } = await openFirefoxPanelFor(ff, server.url('/site/index.html'));
  const tabsBefore = (await ff.browser.pages()).length;
  await panel.locator('#tab-batch').click();
  await panel.locator('#batch-urls').fill(urls.join('\n'));
  await panel.locator(byTestId('batch-start')).click();
  await waitForText(panel, byTestId('batch-progress'), /Terminado/, 60_000);
  await waitForText(panel, byTestId('batch-progress'), /3 de 3 páginas, 0 con error/);
  // Every background tab was closed again.
  await waitFor(async () => (await ff.browser.pages()).length === tabsBefore, 'the background tabs to close');

  const batchReports = new Map<string, AuditReport>();
  for (const url of urls) {
    await panel.locator('#tab-batch').click();
    await panel.locator(`[data-batch-row="${url}"] button.link`).click();
    await panel.waitForSelector(byTestId('overall-score'), { visible: true });
    batchReports.set(url, fromJson((await ff.download(() => panel.locator(byTestId('export-json')).click())).text));
  }

  for (const url of urls) {
    const batch = batchReports.get(url)!;
    // Rendered in a tab: axe-core ran and nothing was cut.
    expect(batch.truncation).toEqual([]);
    const { panel: single } = await openFirefoxPanelFor(ff, url);
    await runFirefoxPanelAudit(single);
    const alone = fromJson((await ff.download(() => single.locator(byTestId('export-json')).click())).text);
    expect(accessible(batch).score, url).toBe(accessible(alone).score);
    const axe = (r: AuditReport) => accessible(r).checks.find((k) => k.id === 'axe-violations')!;
    expect(axe(batch).status, url).not.toBe('not-applicable');
    expect([axe(batch).status, axe(batch).score], url).toEqual([axe(alone).status, axe(alone).score]);
    await single.close();
  }
});
