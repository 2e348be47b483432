import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CampaignPageList } from '../../../campaigns/view-schema.js';
import { rescore } from '../../../core/index.js';
import { AuditReport } from '../../../core/schemas/index.js';
import { createDashboardServer } from '../../../demo/server/dashboard-server.js';
import { newAuditorToken, startCollector, type Collector } from '../../../widgets/collector/index.js';
import { launchExtension, type ExtensionBrowser } from '../support/extension-harness.js';
import { setExtensionSettings } from '../support/extension-panel.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';
import { seedVerificationCampaign, VERIFICATION_CAMPAIGN, type CampaignPageRef } from '../support/verification-campaign.js';

/**
 * The auditors' verification queue end to end: a campaign with review checks in a collector on
 * loopback → auditor A takes a page in the extension (auditor B sees it taken, by whom and until
 * when) → A answers its review questions and sends them → the collector re-scores the page, and
 * the tablero's drill-down shows the new score and that A answered. Axe-clean and by keyboard.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const ADMIN = `at_${'e'.repeat(40)}`;
const CAMPAIGN = VERIFICATION_CAMPAIGN;
const A = { id: 'ana-lopez', name: 'Ana López', token: newAuditorToken() };
const B = { id: 'beto-ruiz', name: 'Beto Ruiz', token: newAuditorToken() };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server: FixtureServer;
let extA: ExtensionBrowser;
let extB: ExtensionBrowser;
let collector: Collector;
let dashboard: Server;
let dashboardUrl: string;
let dataDir: string;
let pages: CampaignPageRef[];

async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), state).toEqual([]);
  expect(results.passes.length, `axe checked something (${state})`).toBeGreaterThan(5);
}

const adminGet = async (path: string) => (await fetch(`${collector.url}${path}`, { headers: { authorization: `Bearer ${ADMIN}` } })).json();

test.beforeAll(async () => {
  server = await startFixtureServer();
  extA = await launchExtension();
  extB = await launchExtension();
  dataDir = mkdtempSync(join(tmpdir(), 'proactiva-vq-e2e-'));
  pages = await seedVerificationCampaign(dataDir, server);
  dashboard = createDashboardServer({ distDir: join(ROOT, 'demo/dashboard/dist'), collectorUrl: () => collector.url });
  await new Promise<void>((done) => dashboard.listen(0, '127.0.0.1', done));
  dashboardUrl = `http://127.0.0.1:${(dashboard.address() as AddressInfo).port}`;
  collector = await startCollector({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    adminToken: ADMIN,
    rateLimit: false,
    spam: false,
    dashboardOrigins: [dashboardUrl],
    extensionOrigins: [`chrome-extension://${extA.extensionId}`],
  });
  await collector.store.registerAuditor(A);
  await collector.store.registerAuditor(B);
  // B works in English: the queue's strings come from the English catalogue.
  await setExtensionSettings(extB, { locale: 'en', collector: { url: collector.url, auditorToken: B.token } });
});

test.afterAll(async () => {
  await extA?.close();
  await extB?.close();
  await collector?.close();
  await new Promise((done) => dashboard?.close(done));
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the options take the collector and the auditor token, check the token and save it (keyboard, axe)', async () => {
  const options = await extA.context.newPage();
  await options.goto(extA.url('options.html'));
  await options.getByLabel('Dirección del colector').fill(collector.url);
  const token = options.getByLabel('Token de auditor(a) — cola de verificación');
  await token.fill('au_corto');
  await options.getByTestId('test-auditor').click();
  await expect(options.getByTestId('options-status')).toContainText('Escriba la URL del colector y el token de auditor(a).');
  await expect(options.getByTestId('options-errors')).toContainText('auditorToken');
  await token.fill(A.token);
  await options.getByTestId('test-auditor').focus();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('options-status')).toContainText('Token válido: Ana López. Campañas con páginas por revisar: 1.');
  await expectAccessible(options, 'options with the auditor token');
  await options.getByTestId('options-save').focus();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('options-status')).toContainText('Opciones guardadas');
  await options.close();
});

test('A takes a page and answers it; B sees it taken; the collector and the tablero show the new score and who answered', async () => {
  const [first, second] = pages;
  const queueA = await extA.context.newPage();
  await queueA.goto(extA.url('verification.html'));
  await expect(queueA.getByTestId('auditor-name')).toHaveText('Auditor(a): Ana López');
  await expect(queueA.getByLabel('Campaña')).toHaveValue(CAMPAIGN);
  const groups = queueA.getByTestId('queue').locator('section');
  await expect(groups).toHaveCount(2);
  await expect(groups.first().getByRole('heading')).toContainText('Agencia Digital de Innovación Pública');
  await expect(queueA.locator(`[data-page="${first!.url}"]`)).toContainText('Libre');
  await expectAccessible(queueA, 'verification queue');

  // Keyboard: focus «Abrir y tomar» of the first page and press Enter; the page opens in a tab.
  const opened = extA.context.waitForEvent('page', (p) => p.url().startsWith(first!.url));
  await queueA.getByRole('button', { name: `Abrir y tomar: ${first!.url}` }).focus();
  await queueA.keyboard.press('Enter');
  await opened;
  await expect(queueA.getByTestId('claimed-page')).toBeVisible();
  await expect(queueA.getByTestId('vq-status')).toContainText('Página tomada a su nombre hasta');
  await expect(queueA.getByTestId('overall-score')).toBeVisible();

  // B, in another browser (in English), sees the page as taken by A, until when, and cannot open it.
  const queueB = await extB.context.newPage();
  await queueB.goto(extB.url('verification.html'));
  await expect(queueB.locator('html')).toHaveAttribute('lang', 'en');
  await expect(queueB.getByTestId('auditor-name')).toHaveText('Auditor: Beto Ruiz');
  const takenRow = queueB.locator(`[data-page="${first!.url}"]`);
  await expect(takenRow).toHaveAttribute('data-taken', 'other');
  await expect(takenRow.getByTestId('holder')).toContainText('Taken by Ana López until');
  await expect(takenRow.getByRole('button')).toHaveCount(0);
  await expect(queueB.locator(`[data-page="${second!.url}"]`).getByRole('button', { name: `Open and take: ${second!.url}` })).toBeVisible();
  await expectAccessible(queueB, 'queue with a page taken by another auditor');

  // A answers every review question «Sí» and sends the answers to the campaign.
  const questions = queueA.locator('fieldset.review');
  const count = await questions.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) await questions.nth(i).getByLabel('Sí', { exact: true }).check();
  await expectAccessible(queueA, 'claimed page with answers');
  await queueA.getByTestId('send-answers').focus();
  await queueA.keyboard.press('Enter');
  await expect(queueA.getByTestId('vq-status')).toContainText('Respuestas registradas en la campaña. Puntaje de la página:', { timeout: 15_000 });
  await expect(queueA.getByTestId('vq-status')).toContainText('preguntas sin responder: 0.');
  await expect(queueA.getByTestId('outbox')).toHaveCount(0);

  // The collector re-scored the page with the core and knows who answered.
  const stored = AuditReport.parse(await adminGet(`/v1/campaigns/${CAMPAIGN}/report?url=${encodeURIComponent(first!.url)}`));
  const reviewed = stored.criteria.flatMap((c) => c.checks).filter((c) => c.mode === 'review');
  expect(reviewed.every((c) => c.review?.reviewer === 'Ana López' && c.review.answer === 'si')).toBe(true);
  const expected = rescore(stored, { reviews: reviewed.map((c) => c.review!) });
  expect(stored.score).toBe(expected.score);
  const results = CampaignPageList.parse(await adminGet(`/v1/campaigns/${CAMPAIGN}/results?site=${first!.siteId}`));
  const row = results.pages.find((p) => p.pageUrl === first!.url)!;
  expect(row).toMatchObject({ score: stored.score, pendingReviews: 0, reviewedBy: ['Ana López'] });
  await expect(queueA.getByTestId('vq-status')).toContainText(`Puntaje de la página: ${Math.round(stored.score!)};`);

  // The tablero's drill-down shows the new score and who answered.
  const tablero = await extB.context.newPage();
  await tablero.goto(`${dashboardUrl}/?vista=campanas&campana=${CAMPAIGN}&sujeto=${first!.siteId}`);
  await tablero.getByLabel('Token del tablero').fill(ADMIN);
  await tablero.getByRole('button', { name: 'Entrar' }).click();
  const tableRow = tablero.getByTestId('campaign-pages-table').locator(`tr[data-page="${first!.url}"]`);
  await expect(tableRow).toContainText(String(Math.round(stored.score!)));
  await expect(tableRow.getByTestId('page-review')).toContainText('Respondida por Ana López');
  await expect(tableRow.getByTestId('page-review')).toContainText('Sin preguntas de revisión pendientes');
  await expect(tablero.getByTestId('campaign-pages-table').locator(`tr[data-page="${second!.url}"]`).getByTestId('page-review')).toContainText('preguntas de revisión sin responder');
  await expectAccessible(tablero, 'tablero drill-down with reviewers');
  await tablero.screenshot({ path: resolve(import.meta.dirname, '../__screenshots__/tablero-campaign-reviewed.png'), fullPage: true });

  // Answered in full, the page leaves B's queue; the rest stays.
  await queueB.getByTestId('refresh-queue').click();
  await expect(queueB.locator(`[data-page="${first!.url}"]`)).toHaveCount(0);
  await expect(queueB.locator(`[data-page="${second!.url}"]`)).toBeVisible();
  await queueA.screenshot({ path: resolve(import.meta.dirname, '../__screenshots__/extension-verification-queue.png'), fullPage: true });
});

test('answers sent offline wait in the outbox across a reload and reach the campaign once the network is back', async () => {
  const second = pages[1]!;
  let queue = await extA.context.newPage();
  await queue.goto(extA.url('verification.html'));
  await queue.getByRole('button', { name: `Abrir y tomar: ${second.url}` }).click();
  await expect(queue.getByTestId('claimed-page')).toBeVisible();
  await queue.locator('fieldset.review').first().getByLabel('No', { exact: true }).check();

  await extA.context.setOffline(true);
  await queue.getByTestId('send-answers').click();
  // Offline, the outbox does not even try: it waits for the network.
  await expect(queue.getByTestId('vq-status')).toContainText('Respuestas en la bandeja de salida: 1.');
  await expect(queue.getByTestId('outbox')).toContainText('Envíos pendientes: 1');
  let results = CampaignPageList.parse(await adminGet(`/v1/campaigns/${CAMPAIGN}/results?site=${second.siteId}`));
  expect(results.pages.find((p) => p.pageUrl === second.url)!.reviewedBy).toEqual([]);

  // The page closes while offline; the submission is in IndexedDB, not in the page.
  await queue.close();
  queue = await extA.context.newPage();
  await queue.goto(extA.url('verification.html'));
  await expect(queue.getByTestId('outbox')).toContainText('Envíos pendientes: 1');
  await expectAccessible(queue, 'queue with an answer waiting in the outbox');

  // Back online, the outbox sends by itself (the browser's «online» event) and every open queue page sees it go.
  await extA.context.setOffline(false);
  await expect(queue.getByTestId('outbox')).toHaveCount(0, { timeout: 15_000 });
  results = CampaignPageList.parse(await adminGet(`/v1/campaigns/${CAMPAIGN}/results?site=${second.siteId}`));
  const row = results.pages.find((p) => p.pageUrl === second.url)!;
  expect(row.reviewedBy).toEqual(['Ana López']);
  expect(row.pendingReviews).toBeGreaterThan(0);
  const stored = AuditReport.parse(await adminGet(`/v1/campaigns/${CAMPAIGN}/report?url=${encodeURIComponent(second.url)}`));
  expect(stored.criteria.flatMap((c) => c.checks).filter((c) => c.review).map((c) => [c.review!.answer, c.review!.reviewer])).toEqual([['no', 'Ana López']]);
  await queue.close();
});
