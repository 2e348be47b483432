import { browser } from '@wxt-dev/browser';
import { sendToTab } from '../messaging/channel.js';
import type { AuditRunOptions } from '../messaging/protocol.js';
import { withTimeout } from '../messaging/timeout.js';
import { hasHostPermission } from '../resources/host-access.js';
import type { BatchLimits } from '../settings/settings.js';
import { ensureAuditor } from '../ui/tab-audit.js';
import { FetchHtmlError } from './fetch-html.js';
import type { ServedPageAudit } from './served-page-audit.js';

/** A new tab first "completes" its initial about:blank: only the page itself counts. */
const pageComplete = (tab: { status?: string; url?: string }): boolean => tab.status === 'complete' && tab.url !== undefined && tab.url !== 'about:blank';

/** Resolves once the tab has finished loading the page; rejects after `timeoutMs`. */
async function tabLoaded(tabId: number, timeoutMs: number): Promise<void> {
  let stop = () => {};
  const loaded = new Promise<void>((resolve) => {
    const listener = (id: number, _change: unknown, tab: { status?: string; url?: string }) => {
      if (id === tabId && pageComplete(tab)) resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
    stop = () => browser.tabs.onUpdated.removeListener(listener);
    // It may have finished before the listener was added.
    void browser.tabs.get(tabId).then((tab) => pageComplete(tab) && resolve(), () => undefined);
  });
  try {
    await withTimeout(loaded, timeoutMs, 'page load');
  } finally {
    stop();
  }
}

/**
 * Audits one batch page as the auditor would see it: opened in a background tab (never focused),
 * the auditor script injected, axe-core and the core run on the rendered page, the tab closed
 * afterwards whatever happens. Only where the extension holds a host permission for the page
 * (before and after redirects): otherwise resolves null and the caller audits the served HTML.
 * Runs where `tabs` and `scripting` exist (the background).
 */
export async function auditInBackgroundTab(url: string, options: AuditRunOptions, limits: BatchLimits): Promise<ServedPageAudit | null> {
  if (!(await hasHostPermission(url))) return null;
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id;
  if (tabId === undefined) throw new Error('the browser gave the background tab no id');
  try {
    await tabLoaded(tabId, limits.timeoutMs);
    const loaded = await browser.tabs.get(tabId);
    if (!loaded.url || !/^https?:/i.test(loaded.url) || !(await hasHostPermission(loaded.url))) return null;
    await ensureAuditor(tabId, Math.min(10_000, limits.timeoutMs));
    const page = await sendToTab(tabId, 'pageLinks', {}, 5_000);
    if (page.status !== null && page.status >= 400) throw new FetchHtmlError(`HTTP ${page.status}`);
    const timeoutMs = options.axeTimeoutMs + options.budgetMs + (options.headChecks ? options.headChecks.timeoutMs * 4 : 0) + 5_000;
    const { report } = await sendToTab(tabId, 'audit', options, timeoutMs);
    return { report, finalUrl: page.url, links: page.links };
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}
