import '../platform/zod-jitless.js';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToExtension, serve } from '../messaging/channel.js';
import { Highlighter } from '../page/highlight.js';
import { auditDocument } from '../page/page-audit.js';
import { pageLinks } from '../batch/crawl-queue.js';

/** The HTTP status of the page's own load (navigation timing), when the browser reports it. */
const responseStatus = (): number | null =>
  (performance.getEntriesByType('navigation')[0] as (PerformanceEntry & { responseStatus?: number }) | undefined)?.responseStatus || null;

/** Marks the isolated world once the auditor is listening, so a second injection is a no-op. */
const READY = Symbol.for('proactiva.auditor');

/**
 * The auditor, injected on demand (`scripting.executeScript`, under activeTab or a granted host
 * permission; never declared for all sites). It audits the live document and draws highlights;
 * everything it returns is validated by the panel, everything it receives is validated here.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as { [READY]?: boolean };
    if (scope[READY]) return;
    scope[READY] = true;
    const highlighter = new Highlighter(document);
    serve({
      ping: () => ({ url: location.href, title: document.title.slice(0, 500) }),
      audit: async (options) => {
        highlighter.clear();
        return auditDocument(document, options, {
          headCheck: async (pageUrl, urls, headOptions) => {
            const answer = await sendToExtension('headCheck', { pageUrl, urls, options: headOptions }, headOptions.timeoutMs * (headOptions.inspect ? 3 : 1) * urls.length + 5_000);
            return { resources: answer.resources, unreachableOrigins: answer.unreachableOrigins };
          },
        });
      },
      highlight: ({ selectors, labels, scroll }) => highlighter.show(selectors, labels, scroll),
      clearHighlights: () => ({ cleared: highlighter.clear() }),
      pageLinks: () => ({ url: location.href, status: responseStatus(), links: pageLinks(document) }),
    });
  },
});
