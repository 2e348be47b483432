import '../platform/zod-jitless.js';
import { browser } from '@wxt-dev/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serve } from '../messaging/channel.js';
import { headCheck } from '../resources/head-check.js';
import { hasHostPermission, sameOrigin } from '../resources/host-access.js';
import { ensureRunner } from '../platform/runner-context.js';
import { auditInBackgroundTab } from '../batch/tab-page-audit.js';

/**
 * Background: HEAD checks for the auditor script (the extension's host access, not the page's),
 * and the runner for batches. In Chrome the runner is an offscreen document (a service worker has
 * no DOMParser); in Firefox this background page is the runner itself.
 */
export default defineBackground(() => {
  serve({
    headCheck: async ({ pageUrl, urls, options }, sender) => {
      const tabPage = sender.url ?? pageUrl;
      // activeTab (or a granted permission) opened the audited page's origin to the extension.
      const canReach = async (url: string) => sameOrigin(url, tabPage) || (await hasHostPermission(url));
      return headCheck(urls, options, canReach);
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
