import { broadcast, sendToExtension, serve } from '../messaging/channel.js';
import { HistoryStore } from '../history/history-store.js';
import { BatchRun } from './batch-runner.js';
import { isFinished } from './batch-state.js';
import { browser } from '@wxt-dev/browser';
import { auditBatchPage, type TabAuditor } from './batch-page-audit.js';
import { auditServedPage } from './served-page-audit.js';
import { auditInBackgroundTab } from './tab-page-audit.js';
import { lazyInspect } from '../resources/lazy-inspect.js';

/**
 * Where background tabs come from: this context when it can open them (Firefox's background
 * page), else the background (Chrome's offscreen document has no `tabs` API).
 */
const tabAuditor = (): TabAuditor =>
  typeof (browser as { tabs?: { create?: unknown } }).tabs?.create === 'function'
    ? auditInBackgroundTab
    : async (url, options, limits) => {
        const timeoutMs = limits.timeoutMs + options.axeTimeoutMs + options.budgetMs + 30_000;
        return (await sendToExtension('auditInTab', { url, options, limits }, timeoutMs)).result;
      };

/**
 * Hosts batch runs and off-DOM audits in a context that has a DOM parser and outlives the panel:
 * Chrome's offscreen document, Firefox's background page. One batch at a time. Batch pages go to
 * background tabs (axe-core) where the extension may script them, else to DOMParser.
 */
export function hostRunner(): () => void {
  let current: BatchRun | null = null;
  const store = HistoryStore.open();
  const inTab = tabAuditor();
  void store.then((s) => s.interruptStaleBatches());

  return serve({
    batchStart: async ({ source, limits, options }) => {
      if (current && !isFinished(current.snapshot().status)) throw new Error('batch-busy');
      const history = await store;
      const run = BatchRun.create(source, limits, {
        auditPage: (item) => auditBatchPage(item.url, options, limits, inTab),
        saveReport: async (report, batchId) => (await history.save(report, 'batch', { batchId })).id,
        publish: async (snapshot) => {
          await history.saveBatch(snapshot);
          broadcast('batchProgress', snapshot);
        },
      });
      current = run;
      return { batchId: run.batchId };
    },
    batchControl: ({ batchId, action }) => ({ accepted: current?.batchId === batchId ? current.control(action) : false }),
    // The background keeps only the hosts the extension may reach before asking.
    inspectDownloads: async ({ urls, options }) => ({ resources: await lazyInspect(urls, options) }),
    auditHtml: async ({ url, options, limits, reason }) => {
      const { report } = await auditServedPage(url, options, limits, { truncatedInput: [reason] });
      return { report };
    },
  }, { pagesOnly: ['batchStart', 'batchControl', 'auditHtml', 'inspectDownloads'] });
}
