import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Real Firefox ESR from Debian (never a downloaded browser), driven over WebDriver BiDi. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The built Firefox add-on (npm run build:extension). */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/** Fixed internal UUID, so the add-on's pages live at a known moz-extension:// origin. */
const ADDON_UUID = '6f1c2a54-8e2b-4c7a-9d3e-1a2b3c4d5e6f';

/** The add-on's origin (a collector lists it among the auditors' extension origins for CORS). */
export const FIREFOX_ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

const addonId = (): string => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
};

export interface FirefoxExtension {
  browser: Browser;
  userDataDir: string;
  /** Where the add-on's exports land. */
  downloadDir: string;
  /** moz-extension://<uuid>/<path> */
  url(path: string): string;
  /** Opens a web page in a new tab. */
  openTab(url: string): Promise<Page>;
  /** Opens one of the add-on's pages in a new tab and waits until it has rendered. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's tab id of the tab showing `url` (seen from the add-on: needs host access). */
  tabIdOf(url: string): Promise<number>;
  /**
   * Grants the add-on access to the origins of `urls`, as the auditor does in about:addons →
   * Permisos: a real click in an add-on page calls permissions.request (prompts are answered
   * "yes" by the profile's preference, since a headless browser cannot show them).
   */
  grantHostAccess(urls: string[]): Promise<void>;
  /** Runs `fn(arg)` in one of the add-on's pages (where `browser.*` is available) and returns its result. */
  inAddon<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  /** Writes the add-on's settings (as the options page would). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Runs `action` and returns the file it made the browser download. */
  download(action: () => Promise<unknown>): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `probe` until it returns a value (not undefined/null/false) or `timeoutMs` passes. */
export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await sleep(100);
  }
}

/**
 * Launches Debian's Firefox ESR headless with the built add-on installed temporarily
 * (`browser.installExtension`, WebDriver BiDi). Pass the same `userDataDir` again to reopen the
 * profile: the add-on is reinstalled with the same UUID and its storage (kept by the profile's
 * preferences, since a temporary add-on is uninstalled at shutdown) is still there.
 */
export async function launchFirefoxExtension(options: { userDataDir?: string; keepProfile?: boolean } = {}): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the extension first: ${FIREFOX_EXTENSION_DIR} is missing (npm run build:extension)`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'proactiva-ff-'));
  const downloadDir = join(userDataDir, 'descargas');
  mkdirSync(downloadDir, { recursive: true });
  const id = addonId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    // Lets WebDriver BiDi navigate a tab to the add-on's moz-extension:// pages.
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: ADDON_UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.accept_languages': 'es-MX, es',
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = FIREFOX_ADDON_ORIGIN;
  const url = (path: string) => `${origin}/${path.replace(/^\//, '')}`;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const target = url(path);
    // Firefox does not report the load of a moz-extension:// page over BiDi: start it and watch.
    void page.goto(target, { timeout: 5_000 }).catch(() => undefined);
    await waitFor(() => page.evaluate(() => document.readyState === 'complete' && location.href), `${target} to load`);
    await waitFor(() => page.$('.app, main, body > *'), `${target} to render`);
    return page;
  };

  /** An add-on page kept open to call extension APIs from. */
  let helper: Page | null = null;
  const helperPage = async (): Promise<Page> => (helper && !helper.isClosed() ? helper : (helper = await openExtensionPage('options.html')));
  const api = <T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> => helperPage().then((page) => page.evaluate(fn as never, arg as never) as Promise<T>);

  return {
    browser,
    userDataDir,
    downloadDir,
    url,
    async openTab(pageUrl) {
      const page = await browser.newPage();
      await page.goto(pageUrl, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage,
    inAddon: api,
    async tabIdOf(pageUrl) {
      return waitFor(
        () =>
          api(async (wanted: string) => {
            const ext = (globalThis as unknown as { browser: typeof import('@wxt-dev/browser').browser }).browser;
            const tabs = await ext.tabs.query({});
            return tabs.find((tab) => tab.url === wanted)?.id;
          }, pageUrl),
        `the tab of ${pageUrl} to be visible to the add-on`,
        5_000,
      );
    },
    async grantHostAccess(urls) {
      const page = await helperPage();
      const origins = [...new Set(urls.map((u) => `${new URL(u).protocol}//${new URL(u).hostname}/*`))];
      await page.evaluate((wanted: string[]) => {
        const ext = (globalThis as unknown as { browser: typeof import('@wxt-dev/browser').browser }).browser;
        const button = document.createElement('button');
        button.id = 'test-grant';
        button.textContent = 'grant';
        button.onclick = () => void ext.permissions.request({ origins: wanted }).then((ok) => (button.dataset.granted = String(ok)));
        document.body.prepend(button);
      }, origins);
      await page.click('#test-grant');
      const granted = await waitFor(() => page.$eval('#test-grant', (b) => (b as HTMLElement).dataset.granted), 'the permission answer');
      await page.$eval('#test-grant', (b) => b.remove());
      if (granted !== 'true') throw new Error(`host access refused for ${origins.join(', ')}`);
    },
    async setSettings(settings) {
      await api(async (value: Record<string, unknown>) => {
        const ext = (globalThis as unknown as { browser: typeof import('@wxt-dev/browser').browser }).browser;
        await ext.storage.local.set({ settings: value });
      }, settings);
    },
    async download(action) {
      const before = new Set(readdirSync(downloadDir));
      await action();
      const name = await waitFor(async () => readdirSync(downloadDir).find((f) => !before.has(f) && !f.endsWith('.part')), 'a download');
      // Firefox writes a placeholder and a .part file first: done when no .part is left and the
      // size has stopped changing.
      let size = -1;
      await waitFor(async () => {
        if (readdirSync(downloadDir).some((f) => f.endsWith('.part'))) return false;
        const now = statSync(join(downloadDir, name)).size;
        const stable = now > 0 && now === size;
        size = now;
        return stable;
      }, `${name} to be written`);
      return { name, text: readFileSync(join(downloadDir, name), 'utf8') };
    },
    async close() {
      await browser.close();
      if (!options.userDataDir && !options.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
