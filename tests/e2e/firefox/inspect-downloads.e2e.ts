import { expect, test } from '@playwright/test';
import { fromJson } from '../../../core/report/index.js';
import { waitFor } from '../support/firefox-harness.js';
import { byTestId, openFirefoxPanelFor, runFirefoxPanelAudit, useFirefoxOnFixtureSite } from '../support/firefox-panel.js';

/**
 * «Inspeccionar descargas» on Firefox: with the setting on, the add-on reads the page's downloads
 * (a good CSV, a .csv that serves HTML, a scanned PDF) through Firefox's own fetch and the side
 * panel shows each file's findings under the downloads-inspected check, as on Chromium.
 */
const site = useFirefoxOnFixtureSite();

test('Firefox: with «Inspeccionar descargas» on, each download’s findings show under its link and the fake CSV earns no star', async () => {
  const [ff, server] = [site.ff(), site.server()];
  await ff.setSettings({ headChecks: { enabled: true, inspect: true } });
  const { panel } = await openFirefoxPanelFor(ff, server.url('/ext/descargas-inspeccion.html'));
  await runFirefoxPanelAudit(panel);

  await panel.locator('[data-criterion="formatos-abiertos"] .criterion-toggle').click();
  const check = '[data-check="downloads-inspected"]';
  await waitFor(() => panel.$eval(check, (el) => /fail|partial/.test(el.getAttribute('data-status') ?? '')), 'the check to be measured');
  const items = await waitFor(async () => {
    const texts = await panel.$$eval(`${check} ${byTestId('evidence-item')}`, (els) => els.map((el) => el.textContent ?? ''));
    return texts.length === 3 ? texts : undefined;
  }, 'three inspected files');
  const item = (name: string) => items.find((t) => t.includes(name)) ?? '';
  expect(item('good.csv')).toContain('Descarga (CSV, 3★)');
  expect(item('html-served-as.csv')).toContain('Descarga (HTML, 0★)');
  expect(item('html-served-as.csv')).toContain('El archivo no es del formato anunciado o no se puede leer');
  expect(item('image-only.pdf')).toContain('El PDF es una imagen escaneada sin capa de texto');
  expect(server.requests).toContain('GET /files/resources/html-served-as.csv');
  expect(server.requests).toContain('GET /files/resources/image-only.pdf');

  const { text } = await ff.download(() => panel.locator(byTestId('export-json')).click());
  const inspected = fromJson(text).criteria.flatMap((c) => c.checks).find((c) => c.id === 'downloads-inspected')!;
  expect(inspected.score).toBeLessThan(1);
});
