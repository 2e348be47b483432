import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CampaignPageList } from '../../../campaigns/view-schema.js';
import { rescore } from '../../../core/index.js';
import { AuditReport } from '../../../core/schemas/index.js';
import { newAuditorToken, startCollector, type Collector } from '../../../widgets/collector/index.js';
import { startFixtureServer, type FixtureServer } from '../support/extension-fixture-server.js';
import { FIREFOX_ADDON_ORIGIN, launchFirefoxExtension, waitFor, type FirefoxExtension } from '../support/firefox-harness.js';
import { byTestId, textOf, waitForText } from '../support/firefox-panel.js';
import { seedVerificationCampaign, VERIFICATION_CAMPAIGN, type CampaignPageRef } from '../support/verification-campaign.js';

/**
 * The verification queue on Firefox: the add-on's moz-extension:// page reaches the collector
 * through CORS with the auditor's token, takes a page (asking host access, so its evidence can be
 * highlighted in the page's tab; another auditor is then refused the page), and
 * its answers go through the IndexedDB outbox to the campaign, where the core re-scores the page.
 */
const ADMIN = `at_${'f'.repeat(40)}`;
const A = { id: 'ana-lopez', name: 'Ana López', token: newAuditorToken() };
const B = { id: 'beto-ruiz', name: 'Beto Ruiz', token: newAuditorToken() };

let server: FixtureServer;
let ff: FirefoxExtension;
let collector: Collector;
let dataDir: string;
let pages: CampaignPageRef[];

test.beforeAll(async () => {
  server = await startFixtureServer();
  dataDir = mkdtempSync(join(tmpdir(), 'proactiva-ff-vq-'));
  pages = await seedVerificationCampaign(dataDir, server);
  collector = await startCollector({ host: '127.0.0.1', port: 0, dataDir, adminToken: ADMIN, rateLimit: false, spam: false, extensionOrigins: [FIREFOX_ADDON_ORIGIN] });
  await collector.store.registerAuditor(A);
  await collector.store.registerAuditor(B);
  ff = await launchFirefoxExtension();
  await ff.setSettings({ collector: { url: collector.url, auditorToken: A.token } });
});

test.afterAll(async () => {
  await ff?.close();
  await collector?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = async (method: string, path: string, token: string, body?: unknown) =>
  fetch(`${collector.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

test('Firefox: the queue takes a page, shows its evidence in the page, another auditor is refused it, and the answers reach the campaign re-scored', async () => {
  test.setTimeout(90_000);
  const first = pages.find((p) => p.siteId === 'datos-cdmx')!;
  const queue = await ff.openExtensionPage('verification.html');
  await waitForText(queue, byTestId('auditor-name'), /Auditor\(a\): Ana López/);
  const open = `button[aria-label="Abrir y tomar: ${first.url}"]`;
  await waitFor(() => queue.$(open), 'the page in the queue');
  expect(await textOf(queue, `[data-page="${first.url}"]`)).toContain('Libre');

  await queue.locator(open).click();
  await waitFor(() => queue.$(byTestId('claimed-page')), 'the claimed page');
  await waitForText(queue, byTestId('vq-status'), /Página tomada a su nombre hasta/);
  // The page opened in a tab of this browser.
  await waitFor(async () => (await ff.browser.pages()).some((p) => p.url().startsWith(first.url)), 'the page in a tab');

  // Host access was asked on opening: «Mostrar en la página» draws the evidence in the page's tab.
  const show = await waitFor(() => queue.$(`${byTestId('claimed-page')} ${byTestId('show-evidence')}`), 'a «Mostrar en la página» button');
  await queue.evaluate(() => document.querySelectorAll('[data-testid="claimed-page"] details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await show.click();
  await waitForText(queue, byTestId('vq-status'), /Resaltados en la página: [1-9]/);
  const tab = (await ff.browser.pages()).find((p) => p.url().startsWith(first.url))!;
  await waitFor(() => tab.$('proactiva-highlights >>> .box'), 'the highlight in the page');
  // The page's tab came to the front; the auditor goes back to the queue's tab.
  await queue.bringToFront();

  // Another auditor is refused the page while A holds it.
  const taken = await call('POST', `/v1/campaigns/${VERIFICATION_CAMPAIGN}/claims`, B.token, { page: first.url });
  expect(taken.status).toBe(409);

  // A answers every review question «Sí» and sends.
  const yes = await queue.$$('fieldset.review input[value="si"]');
  expect(yes.length).toBeGreaterThan(3);
  for (const radio of yes) await radio.click();
  await queue.locator(byTestId('send-answers')).click();
  await waitForText(queue, byTestId('vq-status'), /Respuestas registradas en la campaña\. Puntaje de la página:.*preguntas sin responder: 0\./, 20_000);

  const stored = AuditReport.parse(await (await call('GET', `/v1/campaigns/${VERIFICATION_CAMPAIGN}/report?url=${encodeURIComponent(first.url)}`, ADMIN)).json());
  const reviewed = stored.criteria.flatMap((c) => c.checks).filter((c) => c.mode === 'review');
  expect(reviewed.every((c) => c.review?.reviewer === 'Ana López' && c.review.answer === 'si')).toBe(true);
  expect(stored.score).toBe(rescore(stored, { reviews: reviewed.map((c) => c.review!) }).score);
  const row = CampaignPageList.parse(await (await call('GET', `/v1/campaigns/${VERIFICATION_CAMPAIGN}/results?site=${first.siteId}`, ADMIN)).json()).pages.find((p) => p.pageUrl === first.url)!;
  expect(row).toMatchObject({ score: stored.score, pendingReviews: 0, reviewedBy: ['Ana López'] });
});
