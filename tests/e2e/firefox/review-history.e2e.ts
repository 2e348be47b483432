import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { csvHeader, fromJson } from '../../../core/report/index.js';
import { parseCsv } from '../../support/csv.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';
import { launchFirefoxExtension, waitFor, type FirefoxExtension } from '../support/firefox-harness.js';
import { byTestId, openFirefoxPanelFor, runFirefoxPanelAudit, textOf, waitForText } from '../support/firefox-panel.js';

let server: FixtureServer;

test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server?.close();
});

test('Firefox: review answers re-score; export; the saved audit survives a browser restart', async () => {
  let ff: FirefoxExtension | null = await launchFirefoxExtension({ keepProfile: true });
  const profile = ff.userDataDir;
  try {
    await ff.grantHostAccess([server.origin]);
    await ff.setSettings({ headChecks: { enabled: false } });
    const pageUrl = server.url('/pages/presupuesto-ciudadano.html');
    const { panel } = await openFirefoxPanelFor(ff, pageUrl);
    await runFirefoxPanelAudit(panel);
    const overall = async () => Number(await textOf(panel, byTestId('overall-value')));
    const before = await overall();

    // Review: "no" everywhere lowers the score, "sí" everywhere raises it (the core's rescore).
    await panel.locator('#tab-review').click();
    const count = (await panel.$$('fieldset[data-review]')).length;
    expect(count).toBeGreaterThan(3);
    for (const radio of await panel.$$('fieldset[data-review] input[value="no"]')) await radio.click();
    await waitForText(panel, byTestId('review-score'), new RegExp(`${count} de ${count} respondidas`));
    const afterNo = await overall();
    expect(afterNo).toBeLessThan(before);
    for (const radio of await panel.$$('fieldset[data-review] input[value="si"]')) await radio.click();
    await waitFor(async () => (await overall()) > afterNo, 'the score to rise');

    // Export the reviewed report as JSON and CSV.
    const json = await ff.download(() => panel.locator(byTestId('export-json')).click());
    const exported = fromJson(json.text);
    const reviewed = exported.criteria.flatMap((c) => c.checks).filter((k) => k.review);
    expect(reviewed).toHaveLength(count);
    expect(reviewed.every((k) => k.review!.answer === 'si')).toBe(true);
    const csv = await ff.download(() => panel.locator(byTestId('export-csv')).click());
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(rows[0]!.join(',')).toBe(csvHeader('es-MX'));
    expect(rows).toHaveLength(1 + exported.criteria.flatMap((c) => c.checks).length);

    await panel.locator(byTestId('save')).click();
    await waitForText(panel, byTestId('save'), /^Guardado$/);
    await ff.close();
    ff = null;

    // Same profile, new browser, add-on installed again: the history is still there.
    ff = await launchFirefoxExtension({ userDataDir: profile });
    const history = await ff.openExtensionPage('sidepanel.html');
    await history.locator('#tab-history').click();
    const entry = `[data-history-page="${pageUrl}"]`;
    await waitFor(async () => (await history.$$(`${entry} [data-audit]`)).length === 1, 'the saved audit in the history');
    await history.locator(`${entry} ${byTestId('history-open')}`).click();
    await waitForText(history, byTestId('overall-value'), new RegExp(`^${Math.round(exported.score!)}$`));
  } finally {
    await ff?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
