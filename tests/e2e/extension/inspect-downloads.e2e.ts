import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { fromJson } from '../../../core/report/index.js';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { downloadText, openPanelFor, runPanelAudit } from '../support/extension-panel.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';

/**
 * «Inspeccionar descargas»: turned on in the options page, the extension reads the page's
 * downloads (a good CSV, a .csv that serves HTML, a scanned PDF) and the side panel shows each
 * file's findings under the downloads-inspected check.
 */
let ext: ExtensionBrowser;
let server: FixtureServer;
const PAGE = '/ext/descargas-inspeccion.html';

test.beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
});
test.afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), state).toEqual([]);
}

async function openFormats(panel: Page) {
  await panel.locator('[data-criterion="formatos-abiertos"] .criterion-toggle').click();
  return panel.locator('[data-check="downloads-inspected"]');
}

test('off by default: the downloads are only HEAD-checked and the check is not measured', async () => {
  const { panel } = await openPanelFor(ext, server.url(PAGE));
  await runPanelAudit(panel);
  await expect(await openFormats(panel)).toHaveAttribute('data-status', 'not-applicable');
  expect(server.requests.filter((r) => r.startsWith('GET /files/resources/'))).toEqual([]);
});

test('turned on in the options, the panel shows each file’s findings and the .csv serving HTML earns no star', async () => {
  const options = await ext.context.newPage();
  await options.goto(ext.url('options.html'));
  const toggle = options.getByTestId('opt-inspect');
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveAccessibleName(/Inspeccionar descargas/);
  // Keyboard only: focus the switch, Space turns it on, Enter on «Guardar» saves.
  await toggle.focus();
  await options.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expectAccessible(options, 'options with inspection on');
  await options.getByTestId('options-save').focus();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('options-status')).toContainText('Opciones guardadas');
  await options.close();

  const { panel } = await openPanelFor(ext, server.url(PAGE));
  await runPanelAudit(panel);
  const check = await openFormats(panel);
  await expect(check).toHaveAttribute('data-status', /fail|partial/);
  const items = check.getByTestId('evidence-item');
  await expect(items).toHaveCount(3);
  const good = items.filter({ hasText: 'good.csv' });
  const fake = items.filter({ hasText: 'html-served-as.csv' });
  const scanned = items.filter({ hasText: 'image-only.pdf' });
  await expect(good).toContainText('Descarga (CSV, 3★)');
  await expect(fake).toContainText('Descarga (HTML, 0★)');
  await expect(fake).toContainText('El archivo no es del formato anunciado o no se puede leer');
  await expect(scanned).toContainText('El PDF es una imagen escaneada sin capa de texto');
  await expectAccessible(panel, 'panel with download findings');
  await check.screenshot({ path: resolve(import.meta.dirname, '../__screenshots__/extension-inspect-downloads.png') });

  // The exported report carries the inspections: the .csv link is HTML for formatos abiertos.
  const report = fromJson((await downloadText(panel, 'export-json')).text);
  const check2 = report.criteria.flatMap((c) => c.checks).find((c) => c.id === 'downloads-inspected')!;
  expect(check2.score).toBeLessThan(1);
  expect(server.requests).toContain('GET /files/resources/html-served-as.csv');
  expect(server.requests).toContain('GET /files/resources/image-only.pdf');
});
