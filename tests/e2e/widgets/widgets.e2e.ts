/**
 * The widgets in real Chromium, embedded in a host page under a strict CSP header
 * (script-src 'self'; style-src 'self'), posting to the REAL collector and its database.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startWidgetsHarness, type PageOptions, type WidgetsHarness } from '../support/widgets-harness.js';

const SHOTS = join(import.meta.dirname, '../__screenshots__');
const CURP = 'GODE561231HDFRRN09';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let h: WidgetsHarness;

test.beforeAll(async () => {
  h = await startWidgetsHarness();
});

test.afterAll(async () => {
  await h?.close();
});

/** Console errors, page errors and CSP violations seen by a page (expected ones can be filtered). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

async function open(browser: Browser, name: string, opts: PageOptions = {}, context: BrowserContextOptions = {}) {
  const ctx = await browser.newContext(context);
  const page = await ctx.newPage();
  const problems = watch(page);
  await page.goto(h.pageUrl(name, opts));
  return { ctx, page, problems, feedback: page.locator('proactiva-feedback') };
}

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const violations = results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(violations, `axe-core (${label})`).toEqual([]);
  expect(results.passes.length, `axe-core checked something (${label})`).toBeGreaterThan(5);
}

test('answer No with reasons and a comment holding a CURP: scrubbed on screen and stored scrubbed', async ({ browser }) => {
  const { ctx, page, problems, feedback } = await open(browser, 'tarifas');
  await expect(page.getByRole('heading', { name: '¿Te fue útil esta información?' })).toBeVisible();
  await expect(page.locator('proactiva-summary')).toContainText('Aún no hay respuestas sobre esta página.');
  await expect(page.locator('proactiva-score')).toContainText(`${Math.round(h.report.score!)} de 100`);
  await expect(page.locator('proactiva-score').getByRole('link', { name: 'Ver el reporte de evaluación' })).toHaveAttribute('href', /\/reporte\.html$/);
  await expectNoAxeViolations(page, 'es-MX, question');

  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByRole('heading', { name: '¿Por qué no te fue útil?' })).toBeFocused();
  await page.getByLabel('No la encontré fácilmente').check();
  await page.getByLabel('Está desactualizada').check();
  const comment = page.getByRole('textbox', { name: /Comentario/ });
  await comment.fill(`Busqué mi recibo con mi CURP ${CURP} y no aparece 2025.`);
  const notice = feedback.locator('[part="scrub-notice"]');
  await expect(notice).toContainText('Por tu privacidad, quitaremos 1 CURP de tu comentario. Así se enviará:');
  await expect(notice.locator('blockquote')).toHaveText('Busqué mi recibo con mi CURP [CURP] y no aparece 2025.');
  await expect(feedback.locator('[part="counter"]')).toHaveText(`Te quedan ${500 - 'Busqué mi recibo con mi CURP [CURP] y no aparece 2025.'.length} caracteres`);
  await expectNoAxeViolations(page, 'es-MX, reasons and scrub notice');
  await page.screenshot({ path: join(SHOTS, 'widgets-es-MX.png'), fullPage: true });

  await page.getByRole('button', { name: 'Enviar' }).click();
  await expect(page.getByRole('heading', { name: 'Gracias por tu respuesta' })).toBeFocused();
  await expect(feedback).toContainText('Quitamos 1 CURP de tu comentario. Se envió así:');
  await expect(feedback.locator('blockquote')).toHaveText('Busqué mi recibo con mi CURP [CURP] y no aparece 2025.');
  await expect(feedback.getByRole('status')).toHaveText('Tu respuesta se registró.');
  await expectNoAxeViolations(page, 'es-MX, thank-you');
  await page.screenshot({ path: join(SHOTS, 'widgets-es-MX-gracias.png'), fullPage: true });

  const stored = await h.stored('tarifas');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    useful: false,
    reasons: ['localizable', 'actualizada'],
    comment: 'Busqué mi recibo con mi CURP [CURP] y no aparece 2025.',
  });
  expect(JSON.stringify(stored)).not.toContain('GODE561231');

  // Same visitor, same day: no second answer.
  await page.reload();
  await expect(feedback).toContainText('Ya respondiste hoy sobre esta página. ¡Gracias!');
  await expect(feedback.getByRole('button')).toHaveCount(0);
  expect(problems).toEqual([]);
  await ctx.close();

  // Another visitor sees the public result.
  const other = await open(browser, 'tarifas');
  const summary = other.page.locator('proactiva-summary');
  await expect(summary).toContainText('0 % la encontró útil · 1 respuesta');
  await expect(summary.getByRole('list')).toContainText('No la encontraron fácilmente (1 mención)');
  await expect(summary.getByRole('list')).toContainText('Está desactualizada (1 mención)');
  await other.ctx.close();
});

test('English, and no form without an aviso de privacidad', async ({ browser }) => {
  const { ctx, page, problems, feedback } = await open(browser, 'rates', { lang: 'en' });
  await expect(page.getByRole('heading', { name: 'Was this information useful?' })).toBeVisible();
  await expect(page.locator('proactiva-score')).toContainText('out of 100');
  await expect(page.locator('proactiva-summary')).toContainText('No answers about this page yet.');
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await page.getByLabel('I do not trust the data').check();
  await page.getByRole('textbox', { name: /Comment/ }).fill('Write to ana.ruiz@example.com or call +52 55 1234 5678');
  await expect(feedback.locator('[part="scrub-notice"]')).toContainText('we will remove 1 e-mail address and 1 phone number');
  await expectNoAxeViolations(page, 'en, reasons and scrub notice');
  await page.screenshot({ path: join(SHOTS, 'widgets-en.png'), fullPage: true });
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for your answer' })).toBeFocused();
  await expectNoAxeViolations(page, 'en, thank-you');
  expect((await h.stored('rates'))[0]).toMatchObject({ comment: 'Write to [email] or call [phone]', reasons: ['confiable'] });
  expect(problems).toEqual([]);
  await ctx.close();

  const refused = await open(browser, 'sin-aviso', { privacy: false });
  const noForm = refused.page.locator('proactiva-feedback');
  await expect(noForm).toContainText('Falta el enlace al aviso de privacidad');
  await expect(noForm.locator('button, textarea, input')).toHaveCount(0);
  expect(refused.problems.some((p) => p.includes('privacy-url'))).toBe(true);
  await expectNoAxeViolations(refused.page, 'no aviso de privacidad');
  await refused.ctx.close();
});

test('dark scheme and a 320 px wide screen', async ({ browser }) => {
  const dark = await open(browser, 'oscuro', {}, { colorScheme: 'dark', viewport: { width: 900, height: 900 } });
  await dark.page.getByRole('button', { name: 'No', exact: true }).click();
  await dark.page.getByRole('textbox', { name: /Comentario/ }).fill('Mi correo es ana@example.com');
  await expect(dark.feedback.locator('[part="scrub-notice"]')).toBeVisible();
  const surface = await dark.feedback.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.box')!).backgroundColor);
  expect(surface).toBe('rgb(28, 28, 30)');
  await expectNoAxeViolations(dark.page, 'dark');
  await dark.page.screenshot({ path: join(SHOTS, 'widgets-dark.png'), fullPage: true });
  expect(dark.problems).toEqual([]);
  await dark.ctx.close();

  const narrow = await open(browser, 'angosta', {}, { viewport: { width: 320, height: 640 } });
  await expect(narrow.page.getByRole('button', { name: 'Sí' })).toBeVisible();
  await narrow.page.screenshot({ path: join(SHOTS, 'widgets-320-pregunta.png'), fullPage: true });
  await narrow.page.getByRole('button', { name: 'No', exact: true }).click();
  await narrow.page.getByRole('textbox', { name: /Comentario/ }).fill(`CURP ${CURP}`);
  await expect(narrow.feedback.locator('[part="scrub-notice"]')).toBeVisible();
  expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(narrow.page, '320 px');
  await narrow.page.screenshot({ path: join(SHOTS, 'widgets-320.png'), fullPage: true });
  await narrow.ctx.close();
});

test('keyboard only: Tab, Enter and Space from the question to the thanks', async ({ browser }) => {
  const { ctx, page, problems } = await open(browser, 'teclado');
  await expect(page.getByRole('heading', { name: '¿Te fue útil esta información?' })).toBeVisible();
  const focused = () =>
    page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el instanceof HTMLInputElement ? `[${el.value}]` : ''}` : null;
    });
  // Score link, then Sí, then No.
  for (let i = 0; i < 6 && (await focused()) !== 'button#no'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('button#no');
  await page.keyboard.press('Enter');
  expect(await focused()).toBe('p#details-heading');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('input[localizable]');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('input[actualizada]');
  await page.keyboard.press('Space');
  for (let i = 0; i < 8 && (await focused()) !== 'textarea#comment'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('textarea#comment');
  await page.keyboard.type('Con teclado, tel. 55 1234 5678');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('button');
  const outline = await page.evaluate(() => {
    const host = document.querySelector('proactiva-feedback')!;
    return getComputedStyle(host.shadowRoot!.activeElement!).outlineStyle;
  });
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('p#thanks-heading');
  await expect(page.locator('proactiva-feedback')).toContainText('Con teclado, tel. [teléfono]');
  await expect.poll(async () => (await h.stored('teclado')).length).toBe(1);
  expect((await h.stored('teclado'))[0]).toMatchObject({ reasons: ['localizable', 'actualizada'], comment: 'Con teclado, tel. [teléfono]' });
  expect(problems).toEqual([]);
  await ctx.close();
});

test('double click on Sí or on Enviar makes exactly one record', async ({ browser }) => {
  const yes = await open(browser, 'doble-si');
  await yes.page.getByRole('button', { name: 'Sí' }).dblclick();
  await expect(yes.page.getByRole('heading', { name: 'Gracias por tu respuesta' })).toBeVisible();
  await expect(yes.feedback.getByRole('status')).toHaveText('Tu respuesta se registró.');
  expect(await h.stored('doble-si')).toMatchObject([{ useful: true, reasons: [] }]);
  await yes.ctx.close();

  const send = await open(browser, 'doble-enviar');
  await send.page.getByRole('button', { name: 'No', exact: true }).click();
  await send.page.getByLabel('Está incompleta').check();
  await send.page.getByRole('button', { name: 'Enviar' }).dblclick();
  await expect(send.feedback.getByRole('status')).toHaveText('Tu respuesta se registró.');
  expect(await h.stored('doble-enviar')).toMatchObject([{ useful: false, reasons: ['completa'] }]);
  await send.ctx.close();
});

test('collector down: the answer waits in IndexedDB and is delivered exactly once when it is back', async ({ browser }) => {
  const outbox = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('proactiva-outbox');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const count = req.result.transaction('outbox').objectStore('outbox').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );

  // 1. Down while answering: queued, then delivered by the backoff timer once the collector is up.
  const { ctx, page, feedback } = await open(browser, 'sin-colector');
  await h.stopCollector();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await page.getByLabel('No era lo que buscaba').check();
  await page.getByRole('button', { name: 'Enviar' }).click();
  await expect(feedback.getByRole('status')).toContainText('Tu respuesta quedó guardada en este navegador');
  expect(await outbox(page)).toBe(1);
  await h.startCollector();
  await expect(feedback.getByRole('status')).toHaveText('Tu respuesta se registró.', { timeout: 20_000 });
  expect(await outbox(page)).toBe(0);
  expect(await h.stored('sin-colector')).toMatchObject([{ reasons: ['pertinente'] }]);

  // 2. Down, and the visitor leaves: the next page load sends it.
  await page.goto(h.pageUrl('se-fue'));
  await h.stopCollector();
  await page.getByRole('button', { name: 'Sí' }).click();
  await expect(feedback.getByRole('status')).toContainText('Tu respuesta quedó guardada');
  await page.goto(`${h.origin}/aviso-de-privacidad`);
  await h.startCollector();
  await page.goto(h.pageUrl('otra-pagina'));
  await expect.poll(() => outbox(page), { timeout: 15_000 }).toBe(0);
  expect(await h.stored('se-fue')).toMatchObject([{ useful: true }]);

  // 3. Reloading again sends nothing twice.
  await page.reload();
  await expect(feedback.getByRole('button', { name: 'Sí' })).toBeVisible();
  expect(await outbox(page)).toBe(0);
  expect(await h.stored('sin-colector')).toHaveLength(1);
  expect(await h.stored('se-fue')).toHaveLength(1);
  await ctx.close();
});

test('one module per widget works as well as the bundle, styled under the enforced CSP', async ({ browser }) => {
  const { ctx, page, problems } = await open(browser, 'modulos', { script: 'per-widget' });
  await expect(page.getByRole('heading', { name: '¿Te fue útil esta información?' })).toBeVisible();
  await expect(page.locator('proactiva-summary')).toContainText('Aún no hay respuestas');
  await expect(page.locator('proactiva-score')).toContainText('de 100');
  const border = await page.locator('proactiva-feedback').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.box')!).borderTopStyle);
  expect(border).toBe('solid');
  expect(problems).toEqual([]);
  // Positive control: the policy is enforced, so an inline style attribute would be refused and reported.
  const refused = await page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const div = document.createElement('div');
        div.setAttribute('style', 'color: red');
        document.body.append(div);
        setTimeout(() => resolve(null), 3_000);
      }),
  );
  expect(refused).toMatch(/^style-src/);
  expect(problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
  await ctx.close();
});

// Issue 11, item 3: without JavaScript. The page carries the plain-HTML fallback form
// (widgets/feedback/fallback.ts) inside <proactiva-feedback>; with JavaScript disabled it posts to
// the REAL collector, which stores the answer once, scrubbed, and answers 303 back to the page's
// thank-you anchor. With JavaScript the element upgrades and the fallback is no longer shown.

test('with JavaScript disabled the fallback form posts, stores once and returns to the thank-you anchor', async ({ browser }) => {
  const { ctx, page } = await open(browser, 'sin-javascript', { fallback: true }, { javaScriptEnabled: false });
  const address = h.pageUrl('sin-javascript', { fallback: true });
  const form = page.locator('proactiva-feedback form');
  await expect(form.getByRole('group', { name: '¿Te fue útil esta información?' })).toBeVisible();
  await expect(page.locator('#proactiva-gracias')).toBeHidden();

  // Keyboard only, as a visitor without a mouse would.
  await form.getByRole('radio', { name: 'No', exact: true }).focus();
  await page.keyboard.press('Space');
  await form.getByRole('checkbox', { name: 'Está desactualizada' }).check();
  await form.getByRole('textbox', { name: /Comentario/ }).fill('Soy GODE561231HDFRRN09 y falta el año.');
  await form.getByRole('button', { name: 'Enviar' }).focus();
  await Promise.all([page.waitForURL(`${address}#proactiva-gracias`), page.keyboard.press('Enter')]);

  await expect(page.locator('#proactiva-gracias')).toBeVisible();
  await expect(page.locator('#proactiva-gracias')).toContainText('Gracias por tu respuesta');
  await expect(form.getByRole('button', { name: 'Enviar' })).toBeHidden();
  const stored = await h.stored('sin-javascript');
  expect(stored.map((r) => [r.useful, r.reasons, r.comment])).toEqual([[false, ['actualizada'], 'Soy [CURP] y falta el año.']]);

  // Reloading the thank-you page does not post again (303: the browser GETs the page).
  await page.reload();
  expect(await h.stored('sin-javascript')).toHaveLength(1);
  await ctx.close();
});

test('the fallback passes axe, and a required Sí/No is asked for without JavaScript', async ({ browser }) => {
  const { ctx, page } = await open(browser, 'sin-javascript-vacio', { fallback: true, lang: 'en' }, { javaScriptEnabled: false });
  const form = page.locator('proactiva-feedback form');
  await form.getByRole('button', { name: 'Send' }).click();
  // The browser's own validation keeps the visitor on the page: nothing posted.
  await expect(form.getByRole('radio', { name: 'Yes' })).toBeVisible();
  expect(await h.stored('sin-javascript-vacio')).toEqual([]);
  await ctx.close();

  // axe needs script; the same markup rendered as without JavaScript (no widget script).
  const { ctx: withAxe, page: axePage } = await open(browser, 'sin-javascript-axe', { fallback: true, script: 'none' });
  await expect(axePage.locator('proactiva-feedback form')).toBeVisible();
  await expectNoAxeViolations(axePage, 'no-JavaScript fallback');
  await withAxe.close();
});

test('with JavaScript the element upgrades, the fallback is not shown and the widget still delivers once', async ({ browser }) => {
  const { ctx, page, feedback, problems } = await open(browser, 'con-javascript', { fallback: true });
  await expect(feedback.getByRole('heading', { name: '¿Te fue útil esta información?' })).toBeVisible();
  await expect(page.locator('proactiva-feedback > form')).toBeHidden();
  await expect(page.getByRole('group', { name: '¿Te fue útil esta información?' })).toHaveCount(1); // the widget's, not the fallback's
  await feedback.getByRole('button', { name: 'Sí' }).click();
  await expect(feedback.getByRole('status')).toHaveText('Tu respuesta se registró.');
  expect((await h.stored('con-javascript')).map((r) => r.useful)).toEqual([true]);
  expect(problems).toEqual([]);
  await ctx.close();
});

// Issue 11, item 2: spam without captchas. Refused answers look exactly like stored ones to the
// sender (no oracle), are not stored, and are counted per site, day and reason.
const refused = async (reason: string) => (await h.collector().store.refusals()).filter((r) => r.reason === reason).reduce((n, r) => n + r.count, 0);

test('a bot filling the hidden honeypot of the reasons form sees the usual thanks; nothing is stored and the refusal is counted', async ({ browser }) => {
  const { ctx, page, feedback, problems } = await open(browser, 'trampa');
  const before = await refused('honeypot');
  await feedback.getByRole('button', { name: 'No', exact: true }).click();
  await feedback.getByLabel('Está desactualizada').check();
  // People never reach it: not in the accessibility tree, not in the tab order.
  await expect(feedback.getByRole('textbox')).toHaveCount(1);
  const honeypot = feedback.locator('input[name="sitio_web"]');
  await expect(honeypot).toHaveAttribute('tabindex', '-1');
  await honeypot.evaluate((input: HTMLInputElement) => (input.value = 'https://spam.example'));
  await feedback.getByRole('button', { name: 'Enviar' }).click();
  await expect(feedback.getByRole('heading', { name: 'Gracias por tu respuesta' })).toBeFocused();
  await expect(feedback.getByRole('status')).toHaveText('Tu respuesta se registró.');
  expect(await h.stored('trampa')).toEqual([]);
  expect(await refused('honeypot')).toBe(before + 1);
  expect(problems).toEqual([]);
  await ctx.close();
});

test('the no-JavaScript form: a filled honeypot returns to the thank-you anchor, nothing stored, refusal counted', async ({ browser }) => {
  const { ctx, page } = await open(browser, 'trampa-sin-js', { fallback: true, script: 'none' });
  const address = h.pageUrl('trampa-sin-js', { fallback: true, script: 'none' });
  const before = await refused('honeypot');
  const form = page.locator('proactiva-feedback form');
  await form.getByRole('radio', { name: 'Sí' }).check();
  await form.locator('input[name="sitio_web"]').evaluate((input: HTMLInputElement) => (input.value = 'oferta'));
  await Promise.all([page.waitForURL(`${address}#proactiva-gracias`), form.getByRole('button', { name: 'Enviar' }).click()]);
  await expect(page.locator('#proactiva-gracias')).toBeVisible();
  expect(await h.stored('trampa-sin-js')).toEqual([]);
  expect(await refused('honeypot')).toBe(before + 1);
  await ctx.close();
});

test('with a 2 s minimum on the form: an instant answer is refused unseen and counted, a person who read for 3 s is stored', async ({ browser }) => {
  await h.stopCollector();
  await h.startCollector({ spam: { minAnswerMs: 2_000 } });
  try {
    const before = await refused('too_fast');
    const fast = await open(browser, 'instantaneo');
    await fast.feedback.getByRole('button', { name: 'Sí' }).click();
    await expect(fast.feedback.getByRole('status')).toHaveText('Tu respuesta se registró.');
    expect(await h.stored('instantaneo')).toEqual([]);
    expect(await refused('too_fast')).toBe(before + 1);
    await fast.ctx.close();

    // The page's clock is Playwright's: three seconds of reading pass without waiting for them.
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.clock.install();
    await page.goto(h.pageUrl('lectora'));
    const feedback = page.locator('proactiva-feedback');
    await expect(feedback.getByRole('button', { name: 'Sí' })).toBeVisible();
    await page.clock.fastForward(3_000);
    await feedback.getByRole('button', { name: 'Sí' }).click();
    await expect(feedback.getByRole('status')).toHaveText('Tu respuesta se registró.');
    expect((await h.stored('lectora')).map((r) => r.useful)).toEqual([true]);
    expect(await refused('too_fast')).toBe(before + 1);
    await ctx.close();

    // Without JavaScript: the form carries the time the page rendered it.
    const noJs = await open(browser, 'instantaneo-sin-js', { fallback: true }, { javaScriptEnabled: false });
    const address = h.pageUrl('instantaneo-sin-js', { fallback: true });
    const form = noJs.page.locator('proactiva-feedback form');
    await form.getByRole('radio', { name: 'Sí' }).check();
    await Promise.all([noJs.page.waitForURL(`${address}#proactiva-gracias`), form.getByRole('button', { name: 'Enviar' }).click()]);
    expect(await h.stored('instantaneo-sin-js')).toEqual([]);
    expect(await refused('too_fast')).toBe(before + 2);
    await noJs.ctx.close();
  } finally {
    await h.stopCollector();
    await h.startCollector();
  }
});
