import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from '../../../playwright.config.js';

type ChromeApi = typeof import('@wxt-dev/browser').browser;

/** The built Chrome extension (npm run build:extension). */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** Clicks the extension's toolbar action on a page, as the auditor does (grants activeTab). */
  clickAction(page: Page): Promise<void>;
  /** The browser's tab id of a page (visible to the extension once it has access). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with the built extension loaded (design §4). Pass the same
 * `userDataDir` again to reopen the same profile (IndexedDB, storage) after closing it.
 */
export async function launchExtension(options: { userDataDir?: string; keepProfile?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the extension first: ${EXTENSION_DIR} is missing (npm run build:extension)`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'proactiva-ext-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 800 },
    locale: 'es-MX',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Lets the test press the toolbar button through CDP (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  const cdp = browser ? await browser.newBrowserCDPSession() : null;

  return {
    context,
    extensionId,
    worker,
    userDataDir,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async clickAction(page) {
      if (!cdp) throw new Error('no browser CDP session');
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (wanted: string) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`the extension cannot see the tab of ${url} (no access yet?)`);
      return id;
    },
    async close() {
      await context.close();
      if (!options.userDataDir && !options.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
