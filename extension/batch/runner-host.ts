import { broadcast, serve } from '../messaging/channel.js';
import { HistoryStore } from '../history/history-store.js';
import { BatchRun } from './batch-runner.js';
import { isFinished } from './batch-state.js';
import { auditServedPage } from './served-page-audit.js';

/**
 * Hosts batch runs and off-DOM audits in a context that has a DOM parser and outlives the panel:
 * Chrome's offscreen document, Firefox's background page. One batch at a time.
 */
export function hostRunner(): () => void {
  let current: BatchRun | null = null;
  const store = HistoryStore.open();
  void store.then((s) => s.interruptStaleBatches());

  return serve({
    batchStart: async ({ source, limits, options }) => {
      if (current && !isFinished(current.snapshot().status)) throw new Error('batch-busy');
      const history = await store;
      const run = BatchRun.create(source, limits, {
        auditPage: (item) => auditServedPage(item.url, options, limits),
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
    auditHtml: async ({ url, options, limits, reason }) => {
      const { report } = await auditServedPage(url, options, limits, { truncatedInput: [reason] });
      return { report };
    },
  }, { pagesOnly: ['batchStart', 'batchControl', 'auditHtml'] });
}
