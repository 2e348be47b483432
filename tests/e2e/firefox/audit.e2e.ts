import { expect, test } from '@playwright/test';
import { fromJson } from '../../../core/report/index.js';
import { expectScoresLikeCore } from '../support/core-agreement.js';
import { waitFor } from '../support/firefox-harness.js';
import { byTestId, openFirefoxPanelFor, runFirefoxPanelAudit, useFirefoxOnFixtureSite, textOf, waitForText } from '../support/firefox-panel.js';

const site = useFirefoxOnFixtureSite();

test('Firefox: audits a page with axe-core, scores it as the core does, and highlights the evidence', async () => {
  const [ff, server] = [site.ff(), site.server()];
  const name = 'municipio-pdf-solo';
  const pageUrl = server.url(`/pages/${name}.html`);
  const { page, panel } = await openFirefoxPanelFor(ff, pageUrl);
  await runFirefoxPanelAudit(panel);

  const { text } = await ff.download(() => panel.locator(byTestId('export-json')).click());
  const report = fromJson(text);
  expect(report.url.startsWith(pageUrl)).toBe(true);
  expectScoresLikeCore(report, name);
  expect(await textOf(panel, byTestId('overall-value'))).toBe(String(Math.round(report.score!)));

  // Evidence: open every criterion, show the first element with a selector in the page.
  for (const toggle of await panel.$$('.criterion-toggle')) await toggle.click();
  const show = await panel.waitForSelector(byTestId('show-evidence'), { visible: true });
  const selector = await show!.evaluate((el) => el.previousElementSibling?.textContent ?? '');
  expect(selector).not.toBe('');
  await show!.click();
  await waitForText(panel, byTestId('status'), /Resaltados en la página: 1/);
  const box = await waitFor(() => page.$('proactiva-highlights >>> .box.current'), 'the highlight box');
  expect(await box.evaluate((el) => el.getAttribute('data-selector'))).toBe(selector);
  const drawn = await box.boundingBox();
  const target = await (await page.$(selector))!.boundingBox();
  expect(drawn && target).toBeTruthy();
  expect(Math.abs(drawn!.x - target!.x)).toBeLessThan(2);
  expect(Math.abs(drawn!.y - target!.y)).toBeLessThan(2);

  // "Show all evidence" draws several boxes; turning it off removes the overlay entirely.
  await panel.locator(byTestId('show-all')).click();
  await waitFor(async () => (await page.$$('proactiva-highlights >>> .box')).length > 1, 'several boxes');
  await panel.locator(byTestId('show-all')).click();
  await waitFor(async () => (await page.$('proactiva-highlights')) === null, 'the overlay to go');
});
