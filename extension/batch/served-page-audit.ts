import { audit, type AuditReport } from '../../core/index.js';
import { downloadLinks } from '../../core/net/head-check.js';
import type { AuditRunOptions } from '../messaging/protocol.js';
import { headCheck } from '../resources/head-check.js';
import { sameOrigin } from '../resources/host-access.js';
import { lazyInspect } from '../resources/lazy-inspect.js';
import type { BatchLimits } from '../settings/settings.js';
import { pageLinks } from './crawl-queue.js';
import { fetchHtml } from './fetch-html.js';

export interface ServedPageAudit {
  report: AuditReport;
  /** URL after redirects (links resolve against it). */
  finalUrl: string;
  /** The page's links as written, for the crawler. */
  links: string[];
}

/**
 * Audits a page from its served HTML, off-DOM: fetched without cookies (the public's view), cut
 * at `limits.maxBytes`, parsed with DOMParser (inert: no scripts run, nothing loads), scored by the
 * core. No axe-core here (it needs a rendered page), so `axe-violations` is not applicable, as in
 * the CLI. Downloads are HEAD-checked (or read, with «Inspeccionar descargas») only on the page's
 * own origin, which this context reached.
 * Throws FetchHtmlError when the page cannot be read.
 */
export async function auditServedPage(
  url: string,
  options: AuditRunOptions,
  limits: BatchLimits,
  extra: { truncatedInput?: string[] } = {},
): Promise<ServedPageAudit> {
  const page = await fetchHtml(url, { timeoutMs: limits.timeoutMs, maxBytes: limits.maxBytes });
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const links = pageLinks(doc);
  const resources = options.headChecks?.enabled
    ? (await headCheck(downloadLinks(doc, page.url, options.headChecks.maxResources), options.headChecks, async (u) => sameOrigin(u, page.url), lazyInspect)).resources
    : [];
  const report = audit(
    {
      url: page.url,
      fetchedAt: page.fetchedAt,
      document: doc,
      http: page.http,
      resources,
      truncatedInput: [...(extra.truncatedInput ?? []), ...page.truncatedInput],
    },
    { profile: options.profile, reviews: options.reviews, budget: { maxMs: options.budgetMs }, ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.rules ? { rules: options.rules } : {}) },
  );
  return { report, finalUrl: page.url, links };
}
