import { expect, test } from '@playwright/test';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { downloadText, openPanelFor, runPanelAudit, setExtensionSettings } from '../support/extension-panel.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';
import { fromJson } from '../../../core/report/index.js';

let ext: ExtensionBrowser;
let server: FixtureServer;

test.beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
  await setExtensionSettings(ext, { auditTimeoutMs: 20_000, headChecks: { enabled: true, concurrency: 4, timeoutMs: 2_000, maxResources: 30 } });
});
test.afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('a page whose scripts throw and sabotage DOM APIs is audited normally; downloads are HEAD-checked', async () => {
  const { panel } = await openPanelFor(ext, server.url('/ext/pagina-que-falla.html'));
  await runPanelAudit(panel);
  const report = fromJson((await downloadText(panel, 'export-json')).text);
  expect(report.title).toBe('Página que falla: scripts con errores y APIs alteradas');
  expect(report.truncated).toBe(false);
  const broken = report.criteria.flatMap((c) => c.checks).find((k) => k.id === 'downloads-not-broken')!;
  expect(broken.status).toBe('partial');
  expect(JSON.stringify(broken.evidence)).toContain('roto.xlsx');
  expect(server.requests).toContain('HEAD /files/datos.csv');
});

test('a 20 MB page gives a partial, flagged report instead of a stuck panel', async () => {
  test.setTimeout(120_000);
  // ~660,000 elements, folded in a closed <details> so the browser loads it in seconds (the bench
  // times the laid-out table version).
  const { panel } = await openPanelFor(ext, server.url('/big/20?form=details'));
  await runPanelAudit(panel);
  await expect(panel.getByTestId('truncated-notice')).toBeVisible();
  const report = fromJson((await downloadText(panel, 'export-json')).text);
  expect(report.truncated).toBe(true);
  expect(report.truncation.join(' ')).toMatch(/elements: \d{6} > 40000/);
  expect(report.truncation.join(' ')).toContain('axe-core skipped');
});

test('a page that freezes is audited from its served HTML, flagged, within the time limits', async () => {
  const { page, panel } = await openPanelFor(ext, server.url('/ext/pagina-congelada.html'));
  // Wait until the page's script has blocked its main thread for good (200 ms after load).
  const probe = () => Promise.race([page.evaluate(() => 'alive'), new Promise<string>((r) => setTimeout(() => r('frozen'), 500))]);
  await expect.poll(probe, { timeout: 10_000 }).toBe('frozen');
  const started = Date.now();
  await runPanelAudit(panel);
  expect(Date.now() - started).toBeLessThan(20_000);
  await expect(panel.getByText('La página abierta no respondió a tiempo')).toBeVisible();
  const report = fromJson((await downloadText(panel, 'export-json')).text);
  expect(report.truncated).toBe(true);
  expect(report.truncation.join(' ')).toContain('did not answer in time');
  expect(report.title).toBe('Página que se congela después de cargar');
});

test('downloads on hosts without permission are skipped, not reported broken, and the panel offers to ask', async () => {
  const { panel } = await openPanelFor(ext, server.url('/pages/gobmx-dataset-solo-xlsx.html'));
  await runPanelAudit(panel);
  await expect(panel.getByTestId('unchecked-downloads')).toContainText('https://');
  await expect(panel.getByRole('button', { name: 'Permitir y volver a auditar' })).toBeVisible();
  const report = fromJson((await downloadText(panel, 'export-json')).text);
  const broken = report.criteria.flatMap((c) => c.checks).find((k) => k.id === 'downloads-not-broken')!;
  expect(broken.status).not.toBe('fail');
});
