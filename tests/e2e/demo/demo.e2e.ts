/**
 * The whole demo as `npm start` runs it (child process, temporary data folder, free ports):
 * a citizen answers a widget on the portal and the garante sees it in the dashboard; filters,
 * CSV export, Documento de Recomendaciones, the good-practice round trip; axe-core on portal and
 * dashboard in both languages; the audited downloads and their findings; the open-data catalogue
 * and what to fill first; keyboard use; screenshots; the campaign view over the seeded campaigns;
 * Ctrl-C and a second start on the same data.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CampaignList, CampaignPageList, CampaignViewAnswer } from '../../../campaigns/view-schema.js';
import { AuditList, CatalogueAuditList, FeedbackStats, GoodPracticeList, type AuditEntry } from '../../../core/schemas/index.js';
import { RATING_LABELS } from '../../../core/catalogue/index.js';
import { fixFirst } from '../../../core/scoring/fix-first.js';
import { isResourceName } from '../../../core/resources/sniff.js';
import { canonicalUrl, CHROME_PAGES, localPath, PAGES, SITES } from '../../../demo/portal/catalog.js';
import { entidadScores } from '../../../demo/dashboard/src/model/campaign.js';
import { DEMO_CAMPAIGNS } from '../../../demo/seed/campaign-ids.js';
import { DEMO_RESOURCES, resourceUrl } from '../../../demo/seed/resource-audits.js';
import { catalogueAudit } from '../../../demo/seed/catalogue-audit.js';
import { parseCsv as csvRows } from '../../support/csv.js';
import { startDemoProcess, type DemoProcess } from '../support/demo-process.js';

const SHOTS = join(import.meta.dirname, '../__screenshots__');
/** The catalogue audit the seed stores: the core's score of the portal's datos.json. */
const CATALOGUE = catalogueAudit(join(import.meta.dirname, '../../../demo/portal'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CORTES = PAGES.find((p) => p.slug === 'cortes-programados')!;
const DENGUE = PAGES.find((p) => p.slug === 'dengue')!;
const TARIFAS = PAGES.find((p) => p.slug === 'tarifas')!;

let demo: DemoProcess;
let dataDir: string;

async function api<T>(path: string, parse: (body: unknown) => T, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${demo.collector}${path}`, { ...init, headers: { Authorization: `Bearer ${demo.token}`, ...(init.headers ?? {}) } });
  expect(response.ok, `${path}: HTTP ${response.status}`).toBe(true);
  return parse(await response.json());
}
const answersOf = async (page: string) =>
  (await api(`/v1/feedback/stats?page=${encodeURIComponent(page)}`, (b) => FeedbackStats.parse(b))).pages[0] ?? { total: 0, reasons: {} as Record<string, number> };

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const violations = results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(violations, `axe-core (${label})`).toEqual([]);
  expect(results.passes.length, `axe-core checked something (${label})`).toBeGreaterThan(5);
}

/** A page in its own context (axe-core's Playwright runner needs one); close it with closePage. */
async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'es-MX', timezoneId: 'America/Mexico_City', acceptDownloads: true, ...options });
  return context.newPage();
}
const closePage = (page: Page) => page.context().close();

async function signIn(browser: Browser, path = '/'): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${demo.dashboard}${path}`);
  await page.getByLabel('Token del tablero').fill(demo.token);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByTestId('pages-table')).toBeVisible();
  return page;
}

const pageRows = (page: Page) => page.getByTestId('pages-table').locator('tbody tr');

test.describe.serial('demo: npm start end to end', () => {
  test.beforeAll(async () => {
    test.setTimeout(200_000);
    dataDir = mkdtempSync(join(tmpdir(), 'proactiva-demo-e2e-'));
    demo = await startDemoProcess(dataDir);
  });

  test.afterAll(async () => {
    await demo?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('prints every address, seeds the history once and serves the portal and its downloads', async () => {
    expect(demo.output()).toMatch(new RegExp(`70 auditorías de páginas, 6 de archivos, ${CATALOGUE.datasets.length} conjuntos de datos del catálogo y \\d{3} respuestas sembradas ahora`));
    expect(demo.output()).toContain(`Datos:                      ${dataDir}`);
    expect(demo.output()).toContain(`Campaña de verificación:    ${demo.dashboard}/?vista=campanas&campana=${DEMO_CAMPAIGNS.now.id}&comparar=${DEMO_CAMPAIGNS.before.id}`);
    // The printed auditor token works the seeded campaigns' verification queue.
    const auditorToken = /Token de auditor\(a\):\s+(au_\S+)/.exec(demo.output())?.[1];
    const me = await (await fetch(`${demo.collector}/v1/auditors/me`, { headers: { authorization: `Bearer ${auditorToken}` } })).json();
    expect(me.auditor.name).toBe('Auditora de demostración');
    expect(me.campaigns.find((c: { id: string }) => c.id === DEMO_CAMPAIGNS.now.id).pendingPages).toBeGreaterThan(0);
    const audits = await api('/v1/audits', (b) => AuditList.parse(b).audits);
    const files = audits.filter((a) => isResourceName(a.page));
    expect(audits).toHaveLength(76);
    expect(new Set(audits.filter((a) => !files.includes(a)).map((a) => a.page)).size).toBe(PAGES.length);
    expect(files.map((a) => a.page).sort()).toEqual(DEMO_RESOURCES.map((r) => resourceUrl(PAGES.find((p) => p.slug === r.slug)!, r.file)).sort());
    const [catalogue, ...others] = await api('/v1/catalogue-audits', (b) => CatalogueAuditList.parse(b).catalogues);
    expect(others).toEqual([]);
    expect(catalogue!.datasets.map((d) => [d.identifier, d.site])).toEqual(
      CATALOGUE.datasets.map((d) => [d.identifier, d.publisher === SITES.agua.name ? SITES.agua.id : SITES.salud.id]),
    );
    const home = await fetch(`${demo.portal}/agua/tarifas`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(`endpoint="${demo.collector}"`);
    const csv = await fetch(`${demo.portal}/agua/datos/tarifas-2026.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const badge = await fetch(`${demo.portal}/agua/reportes/tarifas.json`);
    expect(((await badge.json()) as { url: string }).url).toBe(canonicalUrl(TARIFAS));
  });

  test('a citizen answers the widget on a portal page and the dashboard shows the answer', async ({ browser }) => {
    const before = await answersOf(canonicalUrl(CORTES));
    const portal = await newPage(browser);
    // The demo's collector refuses answers sent within 2 s of the question showing (issue 11):
    // Playwright's clock lets three seconds of reading pass without waiting for them.
    await portal.clock.install();
    await portal.goto(`${demo.portal}${localPath(CORTES)}`);
    const widget = portal.locator('proactiva-feedback');
    await expect(widget.getByRole('button', { name: 'No', exact: true })).toBeVisible();
    await portal.clock.fastForward(3_000);
    await widget.getByRole('button', { name: 'No', exact: true }).click();
    await widget.locator('input[value="actualizada"]').check();
    await widget.getByRole('button', { name: 'Enviar' }).click();
    await expect(widget.getByRole('status')).toHaveText('Tu respuesta se registró.', { timeout: 20_000 });
    await expect.poll(async () => (await answersOf(canonicalUrl(CORTES))).total, { timeout: 15_000 }).toBe(before.total + 1);
    await closePage(portal);

    const page = await signIn(browser);
    await page.getByLabel('Página', { exact: true }).selectOption(canonicalUrl(CORTES));
    await expect(page.getByRole('heading', { name: /Detalle: Cortes de agua programados/ })).toBeVisible();
    await expect(page.getByTestId('kpi-answers').locator('.kpi-value')).toHaveText(String(before.total + 1));
    const reasonsTable = page.getByTestId('chart-reasons');
    await reasonsTable.getByText('Ver como tabla').click();
    const row = reasonsTable.locator('tbody tr', { hasText: 'Actualizada' });
    await expect(row.locator('td').last()).toHaveText(String((before.reasons['actualizada'] ?? 0) + 1));
    await closePage(page);
  });

  test('portal pages pass axe-core with the widgets rendered', async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await newPage(browser);
    for (const p of PAGES) {
      await page.goto(`${demo.portal}${localPath(p)}`);
      await expect(page.locator('proactiva-feedback').getByRole('button', { name: 'Sí' })).toBeVisible();
      await expect(page.locator('proactiva-score')).toContainText(/\d/);
      await expectNoAxeViolations(page, localPath(p));
    }
    for (const file of CHROME_PAGES) {
      await page.goto(`${demo.portal}/${file.replace(/(index)?\.html$/, '')}`);
      await expectNoAxeViolations(page, file);
    }
    await page.goto(`${demo.portal}${localPath(TARIFAS)}`);
    await expect(page.locator('proactiva-score')).toContainText(/\d/);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'demo-portal-tarifas.png'), fullPage: true });
    await closePage(page);
  });

  test('dashboard: axe-core clean in Spanish and English, on the summary and on a page, with screenshots', async ({ browser }) => {
    test.setTimeout(90_000);
    const login = await newPage(browser);
    await login.goto(demo.dashboard);
    await expectNoAxeViolations(login, 'login');
    await login.screenshot({ path: join(SHOTS, 'demo-login.png') });
    await closePage(login);

    const page = await signIn(browser);
    for (const summary of await page.getByText('Ver como tabla').all()) await summary.click();
    await expectNoAxeViolations(page, 'dashboard es-MX');
    for (const summary of await page.getByText('Ver como tabla').all()) await summary.click();
    await page.screenshot({ path: join(SHOTS, 'demo-dashboard.png'), fullPage: true });

    await page.getByRole('button', { name: `Ver detalle de ${'Surtimiento de recetas y abasto de medicamentos por hospital'}` }).click();
    await expect(page.getByRole('heading', { name: /Detalle: Surtimiento de recetas/ })).toBeFocused();
    await expect(page.getByTestId('history-table').locator('tbody tr')).toHaveCount(5);
    await expectNoAxeViolations(page, 'dashboard page detail');
    await page.screenshot({ path: join(SHOTS, 'demo-dashboard-detalle.png'), fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Proactive transparency dashboard' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to all pages' }).click();
    await expect(page.getByRole('heading', { name: 'By public body' })).toBeVisible();
    await expectNoAxeViolations(page, 'dashboard en');
    await page.screenshot({ path: join(SHOTS, 'demo-dashboard-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Español' }).click();
    await closePage(page);
  });

  test('dashboard: each audited download shows its findings apart from the pages, in Spanish and English, axe-clean', async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await signIn(browser);
    const table = page.getByTestId('resources-table');
    await expect(page.getByRole('heading', { name: 'Archivos descargables: datos y documentos' })).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(DEMO_RESOURCES.length);
    // Files are not pages: the pages table and the indicators keep the 14 pages.
    await expect(pageRows(page)).toHaveCount(PAGES.length);
    const scanned = table.locator('tr[data-resource="https://salud.valleesmeralda.gob.mx/documentos/reglamento-interior.pdf"]');
    await expect(scanned).toContainText('No cumple El PDF es una imagen escaneada sin capa de texto');
    await expect(scanned).toContainText('El PDF no está etiquetado para lectores de pantalla');
    const broken = table.locator('tr[data-resource="https://agua.valleesmeralda.gob.mx/datos/tarifas-2025.csv"]');
    await expect(broken).toContainText('El archivo de texto no está en UTF-8');
    await expect(broken).toContainText('La tabla no tiene un encabezado simple');
    const good = table.locator('tr[data-resource="https://agua.valleesmeralda.gob.mx/datos/tarifas-2026.csv"]');
    await expect(good.locator('[data-check="text-utf8"], [data-check="table-single-header"], [data-check="csv-standard-delimiter"]')).toHaveCount(0);
    // Worst first: the scanned PDF leads.
    await expect(table.locator('tbody tr').first()).toHaveAttribute('data-resource', /reglamento-interior\.pdf$/);
    await table.scrollIntoViewIfNeeded();
    await table.screenshot({ path: join(SHOTS, 'demo-dashboard-archivos.png') });
    await expectNoAxeViolations(page, 'dashboard with resources es-MX');

    // The sujeto obligado filter applies to files too.
    await page.getByLabel('Sujeto obligado', { exact: true }).selectOption(SITES.salud.id);
    await expect(table.locator('tbody tr')).toHaveCount(DEMO_RESOURCES.filter((r) => r.file.startsWith('salud/')).length);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Downloadable files: data and documents' })).toBeVisible();
    await expect(scanned).toContainText('Fails The PDF is a scanned image with no text layer');
    await expectNoAxeViolations(page, 'dashboard with resources en');
    await page.getByRole('button', { name: 'Español' }).click();
    await closePage(page);
  });

  test('dashboard: the open-data catalogue ranks datasets by metadata and names what to fill first, in Spanish and English, axe-clean, by sujeto obligado', async ({ browser }) => {
    test.setTimeout(60_000);
    const expected = (id: string) => CATALOGUE.datasets.find((d) => d.identifier === id)!;
    const page = await signIn(browser);
    const table = page.getByTestId('catalogue-table');
    const rows = table.locator('tbody tr');
    await expect(page.getByRole('heading', { name: 'Catálogo de datos abiertos' })).toBeVisible();
    await expect(rows).toHaveCount(CATALOGUE.datasets.length);
    const order = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-dataset')));
    // Last year's tariffs lack mandatory fields: ranked below this year's, which has them all.
    expect(order.indexOf('tarifas-2025')).toBeGreaterThan(order.indexOf('tarifas-2026'));
    const old = table.locator('tr[data-dataset="tarifas-2025"]');
    const complete = table.locator('tr[data-dataset="tarifas-2026"]');
    await expect(old).toContainText(`Faltan ${expected('tarifas-2025').indicators.filter((r) => r.mandatory && r.met !== 'yes').length} de 10`);
    await expect(old.locator('.band')).toHaveText(RATING_LABELS[expected('tarifas-2025').rating].es);
    await expect(old.locator('[data-indicator="data-dictionary"]')).toContainText(/Obligatorio Diccionario de datos \+20[.,]0 pts/);
    await expect(old.locator('[data-indicator="accrual-periodicity"]')).toContainText('Obligatorio Periodicidad de actualización');
    await expect(old.locator('[data-indicator="landing-page"]')).toContainText('Obligatorio Página del conjunto');
    await expect(old.locator('[data-indicator="contact-point"]')).toContainText('Punto de contacto con correo (incompleto)');
    await expect(complete).toContainText('Completos');
    await expect(complete.locator('.fill-mandatory')).toHaveCount(0);
    await expect(complete.locator('.band')).toHaveText(RATING_LABELS[expected('tarifas-2026').rating].es);
    // The optional rest folds away behind a summary that opens from the keyboard.
    const more = old.locator('details.fill-more');
    await more.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('open', '');
    await expect(more.locator('[data-indicator="themes"]')).toContainText('Opcional Temas o categorías');
    await table.scrollIntoViewIfNeeded();
    await table.screenshot({ path: join(SHOTS, 'demo-dashboard-catalogo.png') });
    await expectNoAxeViolations(page, 'dashboard with the catalogue es-MX');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Open-data catalogue' })).toBeVisible();
    await expect(old.locator('[data-indicator="data-dictionary"]')).toContainText(/Mandatory Data dictionary \+20\.0 pts/);
    await expect(old.locator('[data-indicator="accrual-periodicity"]')).toContainText('Update frequency');
    await expect(old.locator('[data-indicator="landing-page"]')).toContainText('Landing page');
    await expect(old.locator('.band')).toHaveText(RATING_LABELS[expected('tarifas-2025').rating].en);
    await expect(complete).toContainText('Complete');
    await expectNoAxeViolations(page, 'dashboard with the catalogue en');
    await page.getByRole('button', { name: 'Español' }).click();

    // The sujeto obligado filter applies to the catalogue too.
    await page.getByLabel('Sujeto obligado', { exact: true }).selectOption(SITES.salud.id);
    await expect(rows).toHaveCount(CATALOGUE.datasets.filter((d) => d.publisher === SITES.salud.name).length);
    for (const name of await rows.locator('th .page-site:not(.url)').allTextContents()) expect(name).toBe(SITES.salud.name);
    await expect(old).toHaveCount(0);
    await page.getByLabel('Sujeto obligado', { exact: true }).selectOption(SITES.agua.id);
    await expect(rows).toHaveCount(CATALOGUE.datasets.filter((d) => d.publisher === SITES.agua.name).length);
    await expect(rows.first().locator('td').first()).toHaveText('1');
    await closePage(page);
  });

  test('dashboard: answers refused as spam are counted in their card, and each site links its open data', async ({ browser }) => {
    test.setTimeout(90_000);
    const html = await (await fetch(`${demo.portal}${localPath(TARIFAS)}`)).text();
    const [, site, key] = /<proactiva-feedback site="([^"]+)" site-key="([^"]+)"/.exec(html)!;
    const bot = await fetch(`${demo.collector}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-proactiva-key': key!, origin: new URL(demo.portal).origin },
      body: JSON.stringify({ id: crypto.randomUUID(), site, page: canonicalUrl(TARIFAS), useful: true, locale: 'es-MX', createdAt: new Date().toISOString(), honeypot: 'https://spam.example' }),
    });
    expect(bot.status).toBe(201);

    const page = await signIn(browser);
    const card = page.getByTestId('refusals');
    await expect(card.getByRole('heading', { name: 'Respuestas rechazadas como spam' })).toBeVisible();
    await expect(card).toContainText('1 respuesta rechazada');
    await expect(card).toContainText('Llenó el campo trampa oculto');
    const sites = page.getByTestId('sites-table');
    const csvLinks = sites.getByRole('link', { name: /^CSV de utilidad de / });
    await expect(csvLinks).toHaveCount(await sites.locator('tbody tr').count());
    const csv = await fetch((await csvLinks.first().getAttribute('href'))!);
    expect([csv.status, csv.headers.get('access-control-allow-origin')]).toEqual([200, '*']);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^sitio,pagina,mes,respuestas,utiles,no_utiles,motivo_/);
    const pkg = await fetch((await sites.getByRole('link', { name: /^datapackage\.json \(paquete de datos\) de / }).first().getAttribute('href'))!);
    expect(((await pkg.json()) as { resources: unknown[] }).resources).toHaveLength(2);
    await expectNoAxeViolations(page, 'dashboard with refusals and open data links');
    await closePage(page);
  });

  test('dashboard filters: sujeto obligado, page and date range, kept in the address', async ({ browser }) => {
    const page = await signIn(browser);
    await expect(pageRows(page)).toHaveCount(PAGES.length);
    const allAnswers = Number(await page.getByTestId('kpi-answers').locator('.kpi-value').textContent());

    await page.getByLabel('Sujeto obligado', { exact: true }).selectOption({ label: 'Secretaría de Salud del Estado de Valle Esmeralda' });
    await expect(pageRows(page)).toHaveCount(PAGES.filter((p) => p.site.id === 'salud-valle-esmeralda').length);
    for (const site of await pageRows(page).locator('th .page-site').allTextContents()) expect(site).toBe('Secretaría de Salud del Estado de Valle Esmeralda');
    expect(page.url()).toContain('site=salud-valle-esmeralda');

    await page.getByLabel('Desde', { exact: true }).fill('2026-11-01');
    await page.getByLabel('Hasta', { exact: true }).fill('2026-11-30');
    await expect(page.getByTestId('chart-trend').locator('tbody tr')).toHaveCount(1);
    const novemberAnswers = Number(await page.getByTestId('kpi-answers').locator('.kpi-value').textContent());
    expect(novemberAnswers).toBeGreaterThan(0);
    expect(novemberAnswers).toBeLessThan(allAnswers);
    const stats = await api(`/v1/feedback/stats?site=salud-valle-esmeralda&from=2026-11-01&to=2026-11-30`, (b) => FeedbackStats.parse(b));
    expect(novemberAnswers).toBe(stats.pages.reduce((n, p) => n + p.total, 0));

    await page.reload();
    await expect(page.getByLabel('Desde', { exact: true })).toHaveValue('2026-11-01');
    await expect(page.getByLabel('Sujeto obligado', { exact: true })).toHaveValue('salud-valle-esmeralda');

    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await expect(pageRows(page)).toHaveCount(PAGES.length);
    await expect(page.getByTestId('kpi-answers').locator('.kpi-value')).toHaveText(String(allAnswers));
    await closePage(page);
  });

  test('the tasa de variación flags the law change, and a sujeto obligado shows what to fix first', async ({ browser }) => {
    const audits = await api('/v1/audits', (b) => AuditList.parse(b).audits);
    // The seeded history crosses the 2025 law: first round under the 2015 rules, the rest under 2025.
    expect(new Set(audits.map((a) => a.rules?.id))).toEqual(new Set(['mx-lgtaip-2015', 'mx-lgtaip-2025']));
    const page = await signIn(browser);
    const kpi = page.getByTestId('kpi-change');
    await expect(kpi.getByTestId('rule-change')).toHaveText('⚠ Cambio de reglas: mx-lgtaip-2015 → a mx-lgtaip-2025');
    await expect(kpi).toContainText('no comparable');
    await expect(kpi.locator('.trend-up, .trend-down')).toHaveCount(0);
    const tarifas = pageRows(page).filter({ hasText: 'Tarifas de agua potable 2026' });
    await expect(tarifas.getByTestId('rule-change')).toContainText('Cambio de reglas: mx-lgtaip-2015');
    await expect(page.getByTestId('sites-table').getByTestId('rule-change')).toHaveCount(2);

    // Keyboard only: choose the sujeto obligado; its view ranks the fixes.
    const siteSelect = page.getByLabel('Sujeto obligado', { exact: true });
    await siteSelect.focus();
    for (let i = 0; i < 3 && (await siteSelect.inputValue()) !== TARIFAS.site.id; i++) await page.keyboard.press('ArrowDown');
    await expect(siteSelect).toHaveValue(TARIFAS.site.id);
    const table = page.getByTestId('fix-first-table');
    await expect(page.getByRole('heading', { name: 'Qué corregir primero' })).toBeVisible();
    const latest = new Map<string, AuditEntry>();
    for (const a of audits) if (a.site === TARIFAS.site.id && !a.page.endsWith('/formula') && !isResourceName(a.page)) latest.set(a.page, a);
    const expected = fixFirst([...latest.values()].map((a) => a.report));
    expect(expected.length).toBeGreaterThan(0);
    await expect(table.locator('tbody tr')).toHaveCount(expected.length);
    const first = table.locator('tbody tr').first();
    await expect(first.locator('th .page-title')).toHaveText(expected[0]!.title.es);
    await expect(first.locator('td').nth(1)).toHaveText(String(expected[0]!.pages));
    await expect(first.locator('td').nth(2)).toHaveText(`+${expected[0]!.averageGain.toFixed(1)} pts`);
    await expectNoAxeViolations(page, 'dashboard sujeto obligado');
    await page.screenshot({ path: join(SHOTS, 'demo-dashboard-sujeto.png'), fullPage: true });

    // Within 2026 every comparison is under the 2025 rules: a like-for-like variation again.
    await page.getByLabel('Desde', { exact: true }).fill('2026-01-01');
    await expect(kpi.getByTestId('rule-change')).toHaveCount(0);
    await expect(kpi.locator('.kpi-value')).toContainText('%');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'What to fix first' })).toBeVisible();
    await expect(page.getByTestId('fix-first-table').locator('tbody tr').first().locator('th .page-title')).toHaveText(expected[0]!.title.en);
    await page.getByLabel('From', { exact: true }).fill('');
    await expect(kpi.getByTestId('rule-change')).toHaveText('⚠ Rule change: mx-lgtaip-2015 → to mx-lgtaip-2025');
    await expectNoAxeViolations(page, 'dashboard sujeto obligado en');
    await page.getByRole('button', { name: 'Español' }).click();
    await closePage(page);
  });

  test('keyboard only: sign in, filter, open a page and come back, with a visible focus', async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto(demo.dashboard);
    for (let i = 0; i < 8 && !(await page.locator('#token').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(page.locator('#token')).toBeFocused();
    const outline = await page.locator('#token').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.type(demo.token);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pages-table')).toBeVisible();
    await page.getByLabel('Sujeto obligado', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Sujeto obligado', { exact: true })).not.toHaveValue('');
    const detail = page.getByRole('button', { name: /^Ver detalle de / }).first();
    await detail.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /^Detalle: / })).toBeFocused();
    await page.getByRole('button', { name: 'Volver a todas las páginas' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /^Detalle: / })).toHaveCount(0);
    await closePage(page);
  });

  test('Documento de Recomendaciones opens from the dashboard, rendered by the core', async ({ browser }) => {
    const page = await signIn(browser);
    const row = pageRows(page).filter({ hasText: 'Tarifas de agua potable 2026' });
    const [report] = await Promise.all([page.waitForEvent('popup'), row.getByRole('button', { name: /^Documento de Recomendaciones de Tarifas/ }).click()]);
    await report.waitForLoadState();
    await expect(report.getByRole('heading', { level: 1 })).toHaveText('Documento de Recomendaciones');
    await expect(report.locator('body')).toContainText(canonicalUrl(TARIFAS));
    expect(report.url()).toMatch(/^blob:/);
    await report.close();
    await closePage(page);
  });

  test('good practice: flag a page and its audit, see it in both exports, remove it', async ({ browser }) => {
    const page = await signIn(browser);
    await page.getByRole('button', { name: 'Ver detalle de Casos de dengue por municipio y mes' }).click();
    const latest = page.getByTestId('history-table').locator('tbody tr').first();
    await latest.getByRole('button', { name: /^Marcar como buena práctica/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nota para el Banco de Buenas Prácticas (opcional)').fill('Serie mensual completa y preguntas frecuentes claras.');
    await dialog.getByRole('button', { name: 'Guardar buena práctica' }).click();
    await expect(dialog).toBeHidden();
    await expect(latest).toContainText('Buena práctica');
    const bank = page.getByTestId('good-practices-table');
    await expect(bank.locator('tbody tr', { hasText: 'Casos de dengue' })).toContainText('Serie mensual completa');

    const stored = await api(`/v1/good-practices?site=${DENGUE.site.id}`, (b) => GoodPracticeList.parse(b).goodPractices);
    const practice = stored.find((g) => g.page === canonicalUrl(DENGUE));
    expect(practice?.note).toBe('Serie mensual completa y preguntas frecuentes claras.');
    const audits = await api(`/v1/audits?page=${encodeURIComponent(canonicalUrl(DENGUE))}`, (b) => AuditList.parse(b).audits);
    expect(practice?.auditId).toBe(audits.at(-1)!.id);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar buenas prácticas (JSON)' }).click()]);
    const exported = GoodPracticeList.parse(JSON.parse(readFileSync((await json.path())!, 'utf8')));
    expect(exported.goodPractices.map((g) => g.page)).toEqual(expect.arrayContaining([canonicalUrl(DENGUE), canonicalUrl(TARIFAS)]));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar buenas prácticas (CSV)' }).click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText).toContain(canonicalUrl(DENGUE));
    expect(csvText).toContain('Serie mensual completa y preguntas frecuentes claras.');

    await bank.getByRole('button', { name: /^Quitar Casos de dengue/ }).click();
    await expect(bank.locator('tbody tr', { hasText: 'Casos de dengue' })).toHaveCount(0);
    await expect(latest.getByRole('button', { name: /^Marcar como buena práctica/ })).toBeVisible();
    const after = await api(`/v1/good-practices?site=${DENGUE.site.id}`, (b) => GoodPracticeList.parse(b).goodPractices);
    expect(after.some((g) => g.page === canonicalUrl(DENGUE))).toBe(false);
    await closePage(page);
  });

  test('panel CSV: one row per page and month, RFC 4180, numbers from the collector, formulas neutralised', async ({ browser }) => {
    // An auditor publishes an audit of a page whose title a spreadsheet would run as a formula.
    const audits = await api('/v1/audits', (b) => AuditList.parse(b).audits);
    const base = audits.find((a) => a.page === canonicalUrl(TARIFAS))!;
    const hostile = { ...base.report, url: 'https://agua.valleesmeralda.gob.mx/formula', title: '=HYPERLINK("http://example.invalid","clic")', auditedAt: new Date().toISOString() };
    await api('/v1/audits', (b) => b, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ site: TARIFAS.site.id, report: hostile }) });

    const page = await signIn(browser);
    await expect(pageRows(page)).toHaveCount(PAGES.length + 1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar datos del panel (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^proactiva-tablero-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = csvRows(text);
    const [header, ...body] = rows;
    expect(header).toHaveLength(25);
    expect(header!.slice(0, 5)).toEqual(['Sujeto obligado', 'Sitio', 'Página', 'Título', 'Periodo']);
    for (const row of body) expect(row).toHaveLength(25);

    const all = await api('/v1/audits', (b) => AuditList.parse(b).audits);
    const stats = await api('/v1/feedback/stats', (b) => FeedbackStats.parse(b).pages);
    const expected = new Set<string>();
    // The panel is about pages: audits of downloads have their own table, not CSV rows.
    for (const a of all) if (!isResourceName(a.page)) expected.add(`${a.page} ${a.auditedAt.slice(0, 7)}`);
    for (const s of stats) for (const p of s.series) expected.add(`${s.page} ${p.period}`);
    expect(new Set(body.map((r) => `${r[2]} ${r[4]}`))).toEqual(expected);
    expect(body).toHaveLength(expected.size);

    const latestTarifas = all.filter((a) => a.page === canonicalUrl(TARIFAS)).at(-1) as AuditEntry;
    const tarifasRow = body.find((r) => r[2] === canonicalUrl(TARIFAS) && r[4] === latestTarifas.auditedAt.slice(0, 7))!;
    expect(Number(tarifasRow[6])).toBeCloseTo(latestTarifas.score!, 1);
    const formulaRow = body.find((r) => r[2] === 'https://agua.valleesmeralda.gob.mx/formula')!;
    expect(formulaRow[3]).toBe(`'=HYPERLINK("http://example.invalid","clic")`);
    for (const row of body) for (const cell of row) expect(cell, 'no cell starts a formula').not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    await closePage(page);
  });

  test('campaigns: reached by keyboard from the panel; ranking as the API gives it; map of the 32 entidades and its table; variation; open data; drill-down to a Documento; axe-clean in es and en', async ({ browser }) => {
    test.setTimeout(120_000);
    const now = DEMO_CAMPAIGNS.now.id;
    const view = await api(`/v1/campaigns/${now}?compare=${DEMO_CAMPAIGNS.before.id}`, (b) => CampaignViewAnswer.parse(b));
    expect((await api('/v1/campaigns', (b) => CampaignList.parse(b))).campaigns.map((c) => c.id)).toEqual([DEMO_CAMPAIGNS.before.id, now]);
    const page = await newPage(browser);
    await page.goto(demo.dashboard);
    await page.getByLabel('Token del tablero').focus();
    await page.keyboard.type(demo.token);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pages-table')).toBeVisible();

    // Keyboard only: Tab from the top of the page to «Campañas», with a visible focus.
    const link = page.getByRole('link', { name: 'Campañas' });
    await page.locator('body').focus();
    for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Campañas de verificación' })).toBeVisible();
    await expect(page).toHaveURL(/\?vista=campanas/);
    await expect(page.getByTestId('campaign-meta')).toContainText(`${DEMO_CAMPAIGNS.now.name}. Fecha de corte: 30`);
    await expect(page.getByTestId('campaign-meta')).toContainText(`${view.pages.done} de ${view.pages.done} páginas auditadas. Estado: terminada.`);
    await expect(page.getByLabel('Comparar con')).toHaveValue(DEMO_CAMPAIGNS.before.id);

    // The ranking in the API's order, with its scores, bands and coverage.
    const rows = page.getByTestId('ranking-table').locator('tbody tr');
    await expect(rows).toHaveCount(view.ranking.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-site')))).toEqual(view.ranking.map((s) => s.siteId));
    const first = view.ranking[0]!;
    await expect(rows.first()).toContainText(`${Math.round(first.score!)}Proactiva`);
    await expect(rows.first()).toContainText(first.entidad);
    // Sorting by name from the keyboard; the column says how it is sorted.
    await page.getByRole('button', { name: 'Ordenar por Sujeto obligado' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('ranking-table').getByRole('columnheader', { name: /Sujeto obligado/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByTestId('ranking-table').getByRole('columnheader', { name: /Calificación/ })).not.toHaveAttribute('aria-sort');
    const byName = [...view.ranking].sort((a, b) => a.name.localeCompare(b.name, 'es', { sensitivity: 'base' })).map((s) => s.siteId);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-site')))).toEqual(byName);

    // The map: 32 entidades, coloured from the API's means; its table says «Sin datos» in words.
    const map = page.getByTestId('chart-map');
    await expect(map.locator('path.map-area')).toHaveCount(32);
    const { entidades, elsewhere } = entidadScores(view.byEntidad);
    for (const e of entidades) await expect(map.locator(`path[data-entidad="${e.id}"]`)).toHaveAttribute('data-step', String(e.step ?? 'none'));
    expect(entidades.filter((e) => e.score !== null).length).toBeGreaterThanOrEqual(10);
    await map.getByText('Ver como tabla').focus();
    await page.keyboard.press('Enter');
    const mapRows = page.getByTestId('map-table').locator('tbody tr');
    await expect(mapRows).toHaveCount(32);
    const jalisco = view.byEntidad.find((g) => g.group === 'Jalisco')!;
    await expect(mapRows.filter({ hasText: 'Jalisco' })).toContainText(String(Math.round(jalisco.score!)));
    await expect(mapRows.filter({ hasText: 'Sin datos' })).toHaveCount(entidades.filter((e) => e.score === null).length);
    // Groups that are no entidad (federal bodies, the fictional Valle Esmeralda) are named beside the map.
    expect(elsewhere.map((g) => g.group)).toEqual(['Nacional', 'Valle Esmeralda']);
    for (const g of elsewhere) await expect(page.getByTestId('map-elsewhere')).toContainText(g.group);
    await expect(map).toContainText('CC BY 4.0');

    // The tasa de variación against the earlier campaign, one row per sujeto obligado in both.
    await expect(page.getByTestId('variation-table').locator('tbody tr')).toHaveCount(view.variation!.length);
    const improved = view.variation!.find((v) => v.rate! > 5)!;
    await expect(page.getByTestId('variation-table').locator(`tr[data-site="${improved.siteId}"]`)).toContainText(`+${improved.rate!.toLocaleString('es-MX', { minimumFractionDigits: 1 })} %`);
    await expect(page.getByTestId('profile-entidad').locator('tbody tr')).toHaveCount(view.byEntidad.length);

    for (const summary of await page.getByText('Ver como tabla').all()) if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await summary.click();
    await expectNoAxeViolations(page, 'campaigns es-MX');
    await page.screenshot({ path: join(SHOTS, 'demo-campaign.png'), fullPage: true });

    // The campaign as open data, by keyboard: the datapackage names the CSV beside it and counts its rows.
    const openData = page.getByTestId('campaign-open-data');
    await openData.getByRole('button', { name: 'Paquete de datos (datapackage.json)' }).focus();
    const [pkgFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(pkgFile.suggestedFilename()).toBe('datapackage.json');
    const pkg = JSON.parse(readFileSync((await pkgFile.path())!, 'utf8')) as { resources: { path: string; rows?: number }[] };
    expect(pkg.resources.find((r) => r.path === 'resultados.csv')?.rows).toBe(view.pages.done);
    const [pagesFile] = await Promise.all([page.waitForEvent('download'), openData.getByRole('button', { name: 'Resultados por página (CSV)' }).click()]);
    expect(pagesFile.suggestedFilename()).toBe('resultados.csv');
    expect(csvRows(readFileSync((await pagesFile.path())!, 'utf8'))).toHaveLength(view.pages.done + 1);

    // Drill-down by keyboard: a sujeto obligado's pages, then one page's Documento de Recomendaciones.
    const jal = view.ranking.find((s) => s.siteId === 'ficticio-agua-jalisco')!;
    await page.getByRole('button', { name: `Ver las páginas auditadas de ${jal.name}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Páginas auditadas de ${jal.name}` })).toBeFocused();
    await expect(page).toHaveURL(/sujeto=ficticio-agua-jalisco/);
    const results = await api(`/v1/campaigns/${now}/results?site=${jal.siteId}`, (b) => CampaignPageList.parse(b).pages);
    const pageRowsOf = page.getByTestId('campaign-pages-table').locator('tbody tr');
    await expect(pageRowsOf).toHaveCount(results.length);
    expect(await pageRowsOf.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-page')))).toEqual(results.map((r) => r.pageUrl));
    const worst = results[0]!;
    await page.getByRole('button', { name: `Documento de Recomendaciones de ${worst.pageUrl}` }).focus();
    const [report] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
    await report.waitForLoadState();
    await expect(report.getByRole('heading', { level: 1 })).toHaveText('Documento de Recomendaciones');
    await expect(report.locator('body')).toContainText(worst.pageUrl);
    await report.close();
    await page.screenshot({ path: join(SHOTS, 'demo-campaign-paginas.png'), fullPage: true });

    // English, by keyboard.
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Verification campaigns' })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Audited pages of ${jal.name}` })).toBeVisible();
    await page.getByRole('button', { name: 'Back to the ranking' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /^Audited pages of/ })).toHaveCount(0);
    await expect(page.getByTestId('map-table').locator('tbody tr').filter({ hasText: 'No data' })).toHaveCount(entidades.filter((e) => e.score === null).length);
    await expectNoAxeViolations(page, 'campaigns en');
    await page.screenshot({ path: join(SHOTS, 'demo-campaign-en.png'), fullPage: true });
    await closePage(page);
  });

  test('Ctrl-C stops everything cleanly and a second start reuses the data without seeding again', async () => {
    test.setTimeout(120_000);
    const before = await answersOf(canonicalUrl(CORTES));
    const code = await demo.stop();
    expect(code).toBe(0);
    expect(demo.output()).toContain('Proactiva: detenida.');
    demo = await startDemoProcess(dataDir);
    expect(demo.output()).toContain('datos existentes reutilizados');
    expect(demo.output()).not.toContain('sembradas ahora');
    expect((await answersOf(canonicalUrl(CORTES))).total).toBe(before.total);
    expect(demo.output()).toMatch(new RegExp(`70 auditorías de páginas, 6 de archivos, ${CATALOGUE.datasets.length} conjuntos de datos del catálogo y \\d{3} respuestas sembradas antes`));
    expect(await api('/v1/catalogue-audits', (b) => CatalogueAuditList.parse(b).catalogues.length)).toBe(1);
    // The campaigns were seeded once too.
    expect((await api('/v1/campaigns', (b) => CampaignList.parse(b))).campaigns).toHaveLength(2);
    // 70 page audits, 6 of downloads and the one published by the panel CSV test.
    expect(await api('/v1/audits', (b) => AuditList.parse(b).audits.length)).toBe(77);
  });
});
