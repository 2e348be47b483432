import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromJson } from '../../../core/report/index.js';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { downloadText, openPanelFor, runPanelAudit, setExtensionSettings } from '../support/extension-panel.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';

let ext: ExtensionBrowser;
let server: FixtureServer;

const base2015 = JSON.parse(readFileSync(join(import.meta.dirname, '../../../core/rules/sets/mx-lgtaip-2015.json'), 'utf8'));

async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), state).toEqual([]);
}

test.beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
  await setExtensionSettings(ext, { headChecks: { enabled: false } });
});

test.afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('a rule set chosen in the options reaches the audit, the panel and every export', async () => {
  const options = await ext.context.newPage();
  await options.goto(ext.url('options.html'));
  await options.getByTestId('opt-rules').selectOption('mx-cdmx-2025');
  await options.getByTestId('options-save').click();
  await expect.poll(async () => ext.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('@wxt-dev/browser').browser }).chrome;
    return ((await api.storage.local.get('settings')).settings as { rules?: string }).rules;
  })).toBe('mx-cdmx-2025');
  await options.close();

  const { panel } = await openPanelFor(ext, server.url('/pages/presupuesto-ciudadano.html'));
  await runPanelAudit(panel);
  await expect(panel.getByTestId('rules-line')).toHaveText('Reglas: mx-cdmx-2025 1.0.1');
  const fixFirst = panel.getByTestId('fix-first');
  await expect(fixFirst.locator('li').first()).toContainText(/\+\d+(\.\d)? puntos · esfuerzo (bajo|medio|alto)/);
  await expectAccessible(panel, 'panel with rules and what to fix first');

  const report = fromJson((await downloadText(panel, 'export-json')).text);
  expect(report.rules).toMatchObject({ id: 'mx-cdmx-2025', version: '1.0.1', base: { id: 'mx-lgtaip-2025' } });
  const open = report.criteria.flatMap((c) => c.checks).find((c) => c.id === 'open-format-offered')!;
  expect(open.weight).toBe(3);
  expect(open.recommendation.rule.es).toContain('art. 112');
  // The panel lists fixes in the report's order: most points per unit of effort first.
  const shown = await fixFirst.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-check')));
  expect(shown).toEqual(report.recommendations.filter((r) => (r.gain ?? 0) > 0).slice(0, shown.length).map((r) => r.checkId));

  const html = (await downloadText(panel, 'export-html')).text;
  expect(html).toContain('mx-cdmx-2025 1.0.1');
  expect(html).toContain('Ordenadas por puntos que suma cada corrección');
});

test('a garante’s own rule-set file: refused with the fields named, then loaded and used', async () => {
  const options = await ext.context.newPage();
  await options.goto(ext.url('options.html'));
  const broken = JSON.parse(JSON.stringify(base2015));
  broken.checks['update-age'].weight = 0;
  await options.getByTestId('opt-rules-file').setInputFiles({ name: 'malo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(options.getByTestId('opt-rules-problems')).toContainText('checks.update-age.weight');
  await expectAccessible(options, 'options with a refused rule-set file');

  const own = { ...base2015, id: 'mx-yucatan-propio', version: '1.1.0', effective: { from: '2025-01-01' } };
  await options.getByTestId('opt-rules-file').setInputFiles({ name: 'propio.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
  await expect(options.getByTestId('opt-rules-loaded')).toContainText('mx-yucatan-propio 1.1.0');
  await expect(options.getByTestId('opt-rules')).toHaveValue('custom');
  await options.getByTestId('options-save').click();
  await options.close();

  const { panel } = await openPanelFor(ext, server.url('/pages/municipio-pdf-solo.html'));
  await runPanelAudit(panel);
  await expect(panel.getByTestId('rules-line')).toHaveText('Reglas: mx-yucatan-propio 1.1.0');
  const report = fromJson((await downloadText(panel, 'export-json')).text);
  expect(report.rules).toMatchObject({ id: 'mx-yucatan-propio', version: '1.1.0' });
  expect(report.rules!.hash).toMatch(/^[0-9a-f]{64}$/);
});
