import { browser } from '@wxt-dev/browser';
import type { AuditReport } from '../../core/index.js';
import { MessageError, sendToExtension, sendToTab } from '../messaging/channel.js';
import type { AuditRunOptions, AuditTimings } from '../messaging/protocol.js';
import { TimeoutError, withTimeout } from '../messaging/timeout.js';
import type { Settings } from '../settings/settings.js';

/** Path of the auditor content script in the built extension. */
export const AUDITOR_SCRIPT = '/content-scripts/auditor.js';

export type AuditFailure = 'no-access' | 'unsupported' | 'unresponsive' | 'failed';

export class TabAuditError extends Error {
  override readonly name = 'TabAuditError';
  constructor(
    readonly kind: AuditFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface TabAuditResult {
  report: AuditReport;
  timings: AuditTimings | null;
  /** Set when the page did not answer and its served HTML was audited instead. */
  fallback: string | null;
  /** Origins whose downloads were not HEAD-checked for want of a host permission. */
  uncheckedOrigins: string[];
}

const NO_ACCESS = /cannot access|permission|cannot be scripted|missing host|not allowed/i;
const UNSUPPORTED = /chrome:|chrome-extension:|about:|edge:|moz-extension:|gallery|webstore|cannot script|extensions gallery/i;

/** Puts the auditor script in the tab unless it is already listening. */
export async function ensureAuditor(tabId: number, injectTimeoutMs: number): Promise<void> {
  try {
    await sendToTab(tabId, 'ping', {}, 2_000);
    return;
  } catch (error) {
    if (error instanceof TimeoutError) throw new TabAuditError('unresponsive', error.message);
  }
  try {
    await withTimeout(browser.scripting.executeScript({ target: { tabId }, files: [AUDITOR_SCRIPT] }), injectTimeoutMs, 'inject');
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (error instanceof TimeoutError) throw new TabAuditError('unresponsive', text);
    if (UNSUPPORTED.test(text)) throw new TabAuditError('unsupported', text);
    if (NO_ACCESS.test(text)) throw new TabAuditError('no-access', text);
    throw new TabAuditError('failed', text);
  }
}

/** Audits the served HTML off-DOM (runner context): for a page that never answered. */
async function auditServed(url: string, options: AuditRunOptions, settings: Settings, reason: string): Promise<AuditReport> {
  await sendToExtension('runnerReady', {}, 15_000);
  const { report } = await sendToExtension('auditHtml', { url, options, limits: settings.batch, reason }, settings.batch.timeoutMs + options.budgetMs + 10_000);
  return report;
}

/**
 * Audits a tab: the auditor script scores the live document; when the page does not answer in
 * time (frozen, or far too heavy) and its address is known, the served HTML is audited instead and
 * the report says so. Never hangs: every step has a timeout.
 */
export async function auditTab(tab: { id: number; url?: string }, options: AuditRunOptions, settings: Settings): Promise<TabAuditResult> {
  try {
    // A frozen page never finishes an injection: give up on it well before the audit timeout.
    await ensureAuditor(tab.id, Math.min(10_000, Math.max(3_000, settings.auditTimeoutMs / 4)));
    const { report, timings, uncheckedOrigins } = await sendToTab(tab.id, 'audit', options, settings.auditTimeoutMs);
    return { report, timings, fallback: null, uncheckedOrigins };
  } catch (error) {
    const unresponsive = error instanceof TimeoutError || (error instanceof TabAuditError && error.kind === 'unresponsive');
    if (!unresponsive) {
      if (error instanceof TabAuditError) throw error;
      throw new TabAuditError('failed', error instanceof MessageError || error instanceof Error ? error.message : String(error));
    }
    if (!tab.url) throw new TabAuditError('unresponsive', error instanceof Error ? error.message : String(error));
    const reason = 'page: the open page did not answer in time; its served HTML was audited instead (no axe-core)';
    try {
      return { report: await auditServed(tab.url, options, settings, reason), timings: null, fallback: reason, uncheckedOrigins: [] };
    } catch (fallbackError) {
      throw new TabAuditError('unresponsive', fallbackError instanceof Error ? fallbackError.message : String(fallbackError));
    }
  }
}

/** Best effort: the page may be gone or frozen, so this never throws and never waits long. */
export async function clearHighlights(tabId: number): Promise<void> {
  await sendToTab(tabId, 'clearHighlights', {}, 1_500).catch(() => undefined);
}
