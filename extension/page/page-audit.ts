import { audit, type AccessibilityResults, type LinkedResource } from '../../core/index.js';
import { downloadLinks } from '../../core/node/head-check.js';
import type { AuditRunOptions, AuditTimings } from '../messaging/protocol.js';
import { withTimeout } from '../messaging/timeout.js';
import { runAxe } from './accessibility.js';
import { HIGHLIGHT_HOST } from './highlight.js';
import { httpMetadata } from './http-metadata.js';

/** What the page audit needs from the rest of the extension (the background does the HEADs). */
export interface PageAuditDeps {
  headCheck(pageUrl: string, urls: string[], options: NonNullable<AuditRunOptions['headChecks']>): Promise<LinkedResource[]>;
  now?: () => number;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/**
 * Audits the live document: downloads HEAD-checked by the background while axe-core runs in the
 * page, then the core scores the snapshot right here, where the DOM is. Whatever fails or runs
 * late (axe, HEADs) is left out and named in `report.truncation`; the core's own budget cuts a
 * huge page. Never throws for page content; only for invalid options.
 */
export async function auditDocument(doc: Document, options: AuditRunOptions, deps: PageAuditDeps) {
  const now = deps.now ?? (() => performance.now());
  const t0 = now();
  const url = doc.location?.href ?? doc.URL;
  const fetchedAt = new Date().toISOString();
  const truncatedInput: string[] = [];

  const heads = (async (): Promise<{ resources: LinkedResource[]; ms: number }> => {
    const start = now();
    if (!options.headChecks?.enabled) return { resources: [], ms: 0 };
    const urls = downloadLinks(doc, url, options.headChecks.maxResources);
    if (urls.length === 0) return { resources: [], ms: 0 };
    const budget = options.headChecks.timeoutMs * Math.ceil(urls.length / options.headChecks.concurrency) + 2_000;
    try {
      const resources = await withTimeout(deps.headCheck(url, urls, options.headChecks), budget, 'HEAD checks');
      return { resources, ms: now() - start };
    } catch (error) {
      truncatedInput.push(`downloads: not checked (${reason(error)})`);
      return { resources: [], ms: now() - start };
    }
  })();

  let accessibility: AccessibilityResults | undefined;
  let axeMs = 0;
  if (options.axe) {
    const start = now();
    try {
      accessibility = await withTimeout(runAxe(doc, [HIGHLIGHT_HOST]), options.axeTimeoutMs, 'axe-core');
    } catch (error) {
      truncatedInput.push(`accessibility: axe-core did not finish (${reason(error)})`);
    }
    axeMs = now() - start;
  }
  const { resources, ms: headMs } = await heads;

  const coreStart = now();
  const report = audit(
    {
      url,
      fetchedAt,
      document: doc,
      http: httpMetadata(doc, Date.now()),
      resources,
      ...(accessibility ? { accessibility } : {}),
      truncatedInput,
    },
    { profile: options.profile, reviews: options.reviews, budget: { maxMs: options.budgetMs } },
  );
  const coreMs = now() - coreStart;
  const timings: AuditTimings = { axeMs, headMs, coreMs, totalMs: now() - t0 };
  return { report, timings };
}
