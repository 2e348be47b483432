import { audit, type AccessibilityResults, type LinkedResource } from '../../core/index.js';
import { downloadLinks } from '../../core/net/head-check.js';
import type { AuditRunOptions, AuditTimings } from '../messaging/protocol.js';
import { withTimeout } from '../messaging/timeout.js';
import { runAxe } from './accessibility.js';
import { HIGHLIGHT_HOST } from './highlight.js';
import { httpMetadata } from './http-metadata.js';

/** What the page audit needs from the rest of the extension (the background does the HEADs). */
export interface PageAuditDeps {
  headCheck(pageUrl: string, urls: string[], options: NonNullable<AuditRunOptions['headChecks']>): Promise<{ resources: LinkedResource[]; unreachableOrigins: string[] }>;
  now?: () => number;
}

/**
 * axe-core builds a virtual tree of the whole page synchronously before its first rule, so on a
 * huge DOM no timeout can interrupt it (a 20 MB page took minutes and could crash the tab). Above
 * this many elements it is skipped and the report says so; a generated 1 MB page (~38,000 elements) still
 * gets it.
 */
export const AXE_MAX_ELEMENTS = 80_000;

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

  const heads = (async (): Promise<{ resources: LinkedResource[]; unreachableOrigins: string[]; ms: number }> => {
    const start = now();
    if (!options.headChecks?.enabled) return { resources: [], unreachableOrigins: [], ms: 0 };
    const urls = downloadLinks(doc, url, options.headChecks.maxResources);
    if (urls.length === 0) return { resources: [], unreachableOrigins: [], ms: 0 };
    // Reading a file takes its download plus its profiling (up to twice the timeout each).
    const perRound = options.headChecks.timeoutMs * (options.headChecks.inspect ? 3 : 1);
    const budget = perRound * Math.ceil(urls.length / options.headChecks.concurrency) + 2_000;
    try {
      const checked = await withTimeout(deps.headCheck(url, urls, options.headChecks), budget, 'HEAD checks');
      return { ...checked, ms: now() - start };
    } catch (error) {
      truncatedInput.push(`downloads: not ${options.headChecks.inspect ? 'inspected' : 'checked'} (${reason(error)})`);
      return { resources: [], unreachableOrigins: [], ms: now() - start };
    }
  })();

  let accessibility: AccessibilityResults | undefined;
  let axeMs = 0;
  const elementCount = doc.getElementsByTagName('*').length;
  if (options.axe && elementCount > AXE_MAX_ELEMENTS) {
    truncatedInput.push(`accessibility: axe-core skipped, the page has ${elementCount} elements (limit ${AXE_MAX_ELEMENTS})`);
  } else if (options.axe) {
    const start = now();
    try {
      accessibility = await withTimeout(runAxe(doc, [HIGHLIGHT_HOST]), options.axeTimeoutMs, 'axe-core');
    } catch (error) {
      truncatedInput.push(`accessibility: axe-core did not finish (${reason(error)})`);
    }
    axeMs = now() - start;
  }
  const { resources, unreachableOrigins, ms: headMs } = await heads;

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
    { profile: options.profile, reviews: options.reviews, budget: { maxMs: options.budgetMs }, ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.rules ? { rules: options.rules } : {}) },
  );
  const coreMs = now() - coreStart;
  const timings: AuditTimings = { axeMs, headMs, coreMs, totalMs: now() - t0 };
  return { report, timings, uncheckedOrigins: unreachableOrigins };
}
