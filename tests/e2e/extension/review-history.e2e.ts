import { expect, test } from '@playwright/test';
import { AuditReport } from '../../../core/index.js';
import { csvHeader, fromJson } from '../../../core/report/index.js';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { downloadText, openPanelFor, runPanelAudit, setExtensionSettings } from '../support/extension-panel.js';
import { parseCsv as csvRows } from '../../support/csv.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';

let server: FixtureServer;

test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server?.close();
});

test('review answers re-score live; the saved audit survives a browser restart; export, compare and import', async () => {
  let ext: ExtensionBrowser | null = await launchExtension({ keepProfile: true });
  const profile = ext.userDataDir;
  try {
    await setExtensionSettings(ext, { headChecks: { enabled: false } });
    const pageUrl = server.url('/pages/presupuesto-ciudadano.html');
    const { panel } = await openPanelFor(ext, pageUrl);
    await runPanelAudit(panel);
    const before = Number(await panel.getByTestId('overall-value').textContent());

    // Review: answer every question "no" and see the overall score move, through the core.
    await panel.getByRole('tab', { name: /Revisión/ }).click();
    const questions = panel.locator('fieldset[data-review]');
    const count = await questions.count();
    expect(count).toBeGreaterThan(3);
    const line = panel.getByTestId('review-score');
    for (let i = 0; i < count; i++) await questions.nth(i).getByLabel('No', { exact: true }).check();
    await expect(line).toContainText(`${count} de ${count} respondidas`);
    const afterNo = Number(await panel.getByTestId('overall-value').textContent());
    expect(afterNo).toBeLessThan(before);
    // A note with personal data is scrubbed before it is kept.
    const note = questions.first().getByLabel('Nota (opcional)');
    await note.fill('Consulté a transparencia@ejemplo.gob.mx y al 55 1234 5678');
    await note.blur();
    await expect(panel.getByTestId('status')).toContainText('Se quitaron 2 datos personales');
    // Answering "sí" everywhere moves it up again.
    for (let i = 0; i < count; i++) await questions.nth(i).getByLabel('Sí', { exact: true }).check();
    await expect.poll(async () => Number(await panel.getByTestId('overall-value').textContent())).toBeGreaterThan(afterNo);

    // Export JSON and CSV of the reviewed report, and validate them.
    const json = await downloadText(panel, 'export-json');
    const exported = fromJson(json.text);
    expect(AuditReport.safeParse(exported).success).toBe(true);
    const reviewed = exported.criteria.flatMap((c) => c.checks).filter((k) => k.review);
    expect(reviewed).toHaveLength(count);
    expect(reviewed.every((k) => k.review!.answer === 'si')).toBe(true);
    expect(JSON.stringify(exported)).not.toContain('transparencia@ejemplo.gob.mx');
    const csv = await downloadText(panel, 'export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = csvRows(csv.text.replace(/^\uFEFF/, ''));
    expect(rows[0]!.join(',')).toBe(csvHeader('es-MX'));
    const checks = exported.criteria.flatMap((c) => c.checks);
    expect(rows).toHaveLength(1 + checks.length);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[3]))).toEqual(new Set(checks.map((k) => k.id)));

    // Save, then audit again and save a second version (for the comparison).
    await panel.getByTestId('save').click();
    await expect(panel.getByTestId('status')).toContainText('Auditoría guardada');
    await expect(panel.getByTestId('save')).toHaveText('Guardado');
    await runPanelAudit(panel);
    await expect(panel.getByTestId('save')).toHaveText('Guardar en el historial');
    await panel.getByTestId('save').click();
    await expect(panel.getByTestId('save')).toHaveText('Guardado');
    await ext.close();
    ext = null;

    // Same profile, new browser: the history is still there.
    ext = await launchExtension({ userDataDir: profile });
    const history = await ext.context.newPage();
    await history.goto(ext.url('sidepanel.html'));
    await history.getByRole('tab', { name: 'Historial' }).click();
    const pageEntry = history.locator('[data-history-page]').filter({ hasText: pageUrl });
    await expect(pageEntry.locator('[data-audit]')).toHaveCount(2);
    // Compare the two: the reviewed one scored higher than the fresh one.
    await pageEntry.getByTestId('compare').click();
    await expect(history.getByTestId('comparison')).toBeVisible();
    await expect(history.locator('[data-compare="pertinente"]')).toBeVisible();
    await expect(history.getByTestId('compare-overall-delta')).toHaveText(/^-\d/);
    await history.getByRole('button', { name: 'Cerrar' }).click();
    // Open the older (reviewed) audit.
    await pageEntry.getByTestId('history-open').last().click();
    await expect(history.getByTestId('overall-value')).toHaveText(String(Math.round(exported.score!)));
    await expect(history.getByText('Auditoría abierta desde el historial: la evidencia')).toBeVisible();

    // Import the exported JSON back, and refuse a broken one with a reason.
    await history.getByTestId('import-file').setInputFiles({ name: 'informe.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await expect(history.getByTestId('status')).toHaveText('Informe importado.');
    await expect(history.getByTestId('overall-value')).toHaveText(String(Math.round(exported.score!)));
    await history.getByTestId('import-file').setInputFiles({ name: 'malo.json', mimeType: 'application/json', buffer: Buffer.from('{"score": 1000}') });
    await expect(history.getByTestId('status')).toContainText('El archivo no es un informe válido');
  } finally {
    await ext?.close();
    const { rmSync } = await import('node:fs');
    rmSync(profile, { recursive: true, force: true });
  }
});
