import '../platform/zod-jitless.js';
import { browser } from '@wxt-dev/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { sendToExtension, serve } from '../messaging/channel.js';
import { headCheck, type Inspector } from '../resources/head-check.js';
import { hasHostPermission, sameOrigin } from '../resources/host-access.js';
import { ensureRunner } from '../platform/runner-context.js';
import { auditInBackgroundTab } from '../batch/tab-page-audit.js';

/**
 * Background: HEAD checks for the auditor script (the extension's host access, not the page's),
 * and the runner for batches. In Chrome the runner is an offscreen document (a service worker has
 * no DOMParser); in Firefox this background page is the runner itself.
 */
/**
 * «Inspeccionar descargas» reads files with PDF.js and SheetJS (megabytes of code). Chrome's
 * service worker cannot load code on demand, so the offscreen runner reads them; Firefox's
 * background page is the runner and loads the readers itself on first use.
 */
const inspect: Inspector = import.meta.env.FIREFOX
  ? async (urls, options) => (await import('../resources/inspect.js')).inspectDownloads(urls, options)
  : async (urls, options) => {
      await ensureRunner();
      const timeoutMs = options.timeoutMs * 3 * Math.ceil(urls.length / options.concurrency) + 5_000;
      return (await sendToExtension('inspectDownloads', { urls: [...urls], options }, timeoutMs)).resources;
    };

export default defineBackground(() => {
  serve({
    headCheck: async ({ pageUrl, urls, options }, sender) => {
      const tabPage = sender.url ?? pageUrl;
      // activeTab (or a granted permission) opened the audited page's origin to the extension.
      const canReach = async (url: string) => sameOrigin(url, tabPage) || (await hasHostPermission(url));
      return headCheck(urls, options, canReach, inspect);
    },
    // Chrome's offscreen runner cannot open tabs: it asks here for each batch page.
    auditInTab: async ({ url, options, limits }) => ({ result: await auditInBackgroundTab(url, options, limits) }),
    runnerReady: async () => {
      await ensureRunner();
      return { ready: true };
    },
    // A page's content script never gets to open tabs.
  }, { pagesOnly: ['auditInTab'] });
  // Firefox (no offscreen documents): the background page has a DOM and runs batches itself.
  // Loaded only there, so Chrome's service worker does not carry the audit engine.
  if (import.meta.env.FIREFOX) void import('../batch/runner-host.js').then(({ hostRunner }) => hostRunner());
});
