import type { AuditRunOptions } from '../messaging/protocol.js';
import type { BatchLimits } from '../settings/settings.js';
import { FetchHtmlError } from './fetch-html.js';
import { auditServedPage, type ServedPageAudit } from './served-page-audit.js';

/** Audits a page in a background tab; null when no tab can be opened for it (no host permission). */
export type TabAuditor = (url: string, options: AuditRunOptions, limits: BatchLimits) => Promise<ServedPageAudit | null>;

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/**
 * One page of a batch. With axe-core on, the page is opened in a background tab where the
 * extension may script it, so batch and single-page audits score `accesible` alike. Otherwise
 * (no host permission for it, or the tab failed) its served HTML is audited off-DOM with DOMParser
 * and the report says so in its truncation notes. An HTTP error is the page's answer, not a
 * reason to try again another way.
 */
export async function auditBatchPage(url: string, options: AuditRunOptions, limits: BatchLimits, inTab: TabAuditor): Promise<ServedPageAudit> {
  // axe-core turned off in the options: a single-page audit would not run it either.
  if (!options.axe) return auditServedPage(url, options, limits);
  let why = 'no host permission to open it in a tab';
  try {
    const result = await inTab(url, options, limits);
    if (result) return result;
  } catch (error) {
    if (error instanceof FetchHtmlError) throw error;
    why = `the background tab failed: ${reason(error)}`;
  }
  const note = `accessibility: audited from the served HTML with DOMParser, without axe-core (${why})`;
  return auditServedPage(url, options, limits, { truncatedInput: [note] });
}
