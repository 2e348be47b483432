/**
 * A campaign over 500 farm sites (one page each: the reduced form of the bench's 500 × 10) runs to
 * completion with two real `proactiva worker` processes on PostgreSQL, then the tablero's campaign
 * view shows it from a collector on the same database: the ranking of all 500 sujetos obligados in
 * the API's order, the map and its table, keyboard sorting, axe-core in es and en, screenshots.
 * Database: PROACTIVA_TEST_PG_URL's server (CI) or an embedded PostgreSQL in a temp folder.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { CampaignViewAnswer } from '../../../campaigns/view-schema.js';
import { openEngine, type CampaignEngine } from '../../../campaigns/engine.js';
import { createDashboardServer } from '../../../demo/server/dashboard-server.js';
import { startCollector, type Collector } from '../../../widgets/collector/index.js';
import { startFarm, type Farm } from '../../farm/farm.js';
import { farmCampaign, waitFinished } from '../../unit/campaigns/campaign-run.js';
import { exited, spawnWorker, type CliProcess } from '../../unit/campaigns/child-worker.js';
import { testDatabase, type TestDatabase } from '../../unit/campaigns/test-pg.js';
import { ADMIN_TOKEN } from '../../unit/collector/harness.js';

const SITES = 500;
const ID = 'granja-500';
const SHOTS = resolve(import.meta.dirname, '../__screenshots__');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let database: TestDatabase;
let farm: Farm;
let engine: CampaignEngine;
let collector: Collector;
let dashboard: Server;
let dashboardUrl: string;
const workers: CliProcess[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  database = await testDatabase();
  farm = await startFarm({ sites: SITES, pagesPerSite: 1 });
  engine = await openEngine({ databaseUrl: database.url, concurrency: 1 });
  await farmCampaign(engine, farm, ID, { crawl: { depth: 0, maxPages: 1 }, politeness: { enabled: false }, audit: { asOf: '2026-11-30' } }, 'running');
  workers.push(spawnWorker(database.url, 4), spawnWorker(database.url, 4));
  await waitFinished(engine, ID, 240_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${workers.map((w) => w.log()).join('\n---\n')}`);
  });
  dashboard = createDashboardServer({ distDir: resolve(import.meta.dirname, '../../../demo/dashboard/dist'), collectorUrl: () => collector.url });
  await new Promise<void>((done) => dashboard.listen(0, '127.0.0.1', done));
  dashboardUrl = `http://127.0.0.1:${(dashboard.address() as AddressInfo).port}`;
  collector = await startCollector({ databaseUrl: database.url, port: 0, adminToken: ADMIN_TOKEN, dashboardOrigins: [dashboardUrl] });
});

test.afterAll(async () => {
  for (const worker of workers) {
    worker.kill('SIGKILL');
    await exited(worker);
  }
  await collector?.close();
  await new Promise((done) => (dashboard ? dashboard.close(done) : done(undefined)));
  await engine?.close();
  await farm?.close();
  await database?.drop();
});

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), `axe-core (${label})`).toEqual([]);
  expect(results.passes.length, `axe-core checked something (${label})`).toBeGreaterThan(5);
}

test('a 500-site farm campaign runs to completion and the campaign view shows every sujeto obligado, by keyboard, axe-clean in es and en', async ({ page }) => {
  test.setTimeout(180_000);
  const response = await fetch(`${collector.url}/v1/campaigns/${ID}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const view = CampaignViewAnswer.parse(await response.json());
  expect(view.pages).toMatchObject({ done: SITES, queued: 0, failed: 0 });
  expect(view.ranking).toHaveLength(SITES);

  await page.goto(`${dashboardUrl}/?vista=campanas&campana=${ID}`);
  await page.getByLabel('Token del tablero').fill(ADMIN_TOKEN);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('campaign-meta')).toContainText(`${SITES} de ${SITES} páginas auditadas. Estado: terminada.`);
  const rows = page.getByTestId('ranking-table').locator('tbody tr');
  await expect(rows).toHaveCount(SITES);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-site')))).toEqual(view.ranking.map((s) => s.siteId));

  // The farm's sites are in eight entidades: the map colours eight and its table says so.
  await expect(page.getByTestId('chart-map').locator('path.map-area')).toHaveCount(32);
  await expect(page.getByTestId('chart-map').locator('path.map-area:not([data-step="none"])')).toHaveCount(8);

  // Keyboard: sort the ranking by entidad; the column says how it is sorted.
  await page.getByRole('button', { name: 'Ordenar por Entidad federativa' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ranking-table').getByRole('columnheader', { name: /Entidad federativa/ })).toHaveAttribute('aria-sort', 'ascending');
  const entidades = await rows.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent ?? ''));
  expect(entidades).toEqual([...entidades].sort((a, b) => a.localeCompare(b, 'es', { sensitivity: 'base' })));

  await expectNoAxeViolations(page, 'farm campaign es-MX');
  await page.screenshot({ path: join(SHOTS, 'campaign-farm-500.png') });

  await page.getByRole('button', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Verification campaigns' })).toBeVisible();
  await expect(page.getByTestId('campaign-meta')).toContainText(`${SITES} of ${SITES}`);
  await expectNoAxeViolations(page, 'farm campaign en');
});
