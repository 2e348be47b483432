import { expect, test } from '@playwright/test';
import { CRITERIA } from '../../../core/criteria.js';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { parseCsv as csvRows } from '../../support/csv.js';
import { downloadText, openPanelFor } from '../support/extension-panel.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';

let ext: ExtensionBrowser;
let server: FixtureServer;

test.beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
});
test.afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('crawls the current site: 10 pages with progress, pause/resume, sortable results and CSV', async () => {
  const { panel } = await openPanelFor(ext, server.url('/site/index.html'));
  await panel.getByRole('tab', { name: 'Lote' }).click();
  await panel.getByLabel('Recorrer este sitio').check();
  await panel.getByLabel('Máximo de páginas').fill('10');
  await panel.getByLabel('Profundidad máxima de enlaces').fill('2');
  // Slow pages, so the run can be watched and paused half-way.
  server.siteDelayMs = 250;
  await panel.getByTestId('batch-start').click();

  const progress = panel.getByTestId('batch-progress');
  const done = async () => Number((await panel.locator('progress').getAttribute('value')) ?? 0);
  await expect(progress).toContainText('En curso');
  await expect.poll(done).toBeGreaterThan(0);
  await panel.getByTestId('batch-pause').click();
  await expect(progress).toContainText('En pausa');
  // Pages in flight when it paused finish; then nothing moves until it is resumed.
  await expect(panel.getByTestId('batch-inflight')).toHaveCount(0, { timeout: 5_000 });
  const pausedAt = await done();
  expect(pausedAt).toBeLessThan(10);
  const requests = server.requests.length;
  await panel.waitForTimeout(800);
  expect(await done()).toBe(pausedAt);
  expect(server.requests.length).toBe(requests);
  await panel.getByTestId('batch-resume').click();
  await expect(progress).toContainText('Terminado', { timeout: 60_000 });
  server.siteDelayMs = 0;
  await expect(progress).toContainText('10 de 10 páginas, 0 con error');
  await expect(panel.locator('progress')).toHaveAttribute('value', '10');
  const rows = panel.locator('[data-batch-row]');
  await expect(rows).toHaveCount(10);
  // Never left the site: the external link was not followed.
  for (const url of await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-batch-row')))) {
    expect(url!.startsWith(server.origin)).toBe(true);
  }

  // Sort by score, descending then ascending.
  const scores = async () => (await panel.getByTestId('batch-score').allTextContents()).map(Number);
  await panel.getByTestId('sort-score').click();
  const desc = await scores();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await panel.getByTestId('sort-score').click();
  const asc = await scores();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));

  // The results CSV: header + one row per page, with the ten criteria.
  const csv = await downloadText(panel, 'batch-csv');
  const table = csvRows(csv.text.replace(/^\uFEFF/, ''));
  expect(table).toHaveLength(11);
  expect(table.every((r) => r.length === 7 + CRITERIA.length)).toBe(true);
  expect(table.slice(1).every((r) => r[0]!.startsWith(server.origin) && r[2] !== '')).toBe(true);
  const detailed = csvRows((await downloadText(panel, 'batch-csv-detailed')).text.replace(/^\uFEFF/, ''));
  expect(new Set(detailed.slice(1).map((r) => r[0]))).toEqual(new Set(table.slice(1).map((r) => r[0])));

  // The panel can close: a new one finds the finished batch where it left it.
  await panel.close();
  const again = await ext.context.newPage();
  await again.goto(ext.url('sidepanel.html'));
  await again.getByRole('tab', { name: 'Lote' }).click();
  await expect(again.getByTestId('batch-progress')).toContainText('10 de 10 páginas');
  // Open one page's report from the table.
  await again.locator('[data-batch-row]').first().getByRole('button', { name: 'Abrir' }).click();
  await expect(again.getByTestId('overall-score')).toBeVisible();
});
