import { z } from 'zod';
import { AsOfDate, AuditReport, LinkedResource, Profile, ReviewAnswer } from '../../core/schemas/index.js';
import { ResolvedRuleSet } from '../../core/rules/schema.js';
import { BatchLimits, HeadChecks } from '../settings/settings.js';
import { BatchSnapshot, BatchSource } from '../batch/batch-state.js';

/**
 * Every message between the extension's contexts, with a zod schema for the request and for the
 * answer. Both ends validate (messaging/channel.ts): a context never trusts what another sends,
 * and the content script lives next to a hostile page.
 */
/** An http(s) address: the only kind the extension ever fetches. */
export const WebUrl = z.url({ protocol: /^https?$/ }).max(4_096);

export const AuditRunOptions = z.object({
  profile: Profile,
  reviews: z.array(ReviewAnswer).default([]),
  axe: z.boolean(),
  headChecks: HeadChecks.nullable(),
  /** Core time budget (ms); a page over it gives a partial, flagged report. */
  budgetMs: z.number().int().min(100).max(120_000).default(5_000),
  /** axe-core is abandoned (report flagged) when it takes longer than this. */
  axeTimeoutMs: z.number().int().min(100).max(300_000).default(20_000),
  /** Verification date (fecha de corte): freshness is judged as of it. Absent: today. */
  asOf: AsOfDate.optional(),
  /** A built-in rule set id, or a garante's resolved set (the core re-checks its hash). Absent: the law in force on asOf. */
  rules: z.union([z.string().max(120), ResolvedRuleSet]).optional(),
});
export type AuditRunOptions = z.infer<typeof AuditRunOptions>;

export const AuditTimings = z.object({ axeMs: z.number().min(0), headMs: z.number().min(0), coreMs: z.number().min(0), totalMs: z.number().min(0) });
export type AuditTimings = z.infer<typeof AuditTimings>;

export const HighlightRequest = z.object({
  /** CSS selectors from the report's evidence (page data: resolved defensively). */
  selectors: z.array(z.string().max(2_000)).max(500),
  /** Scroll the first match into view and focus the highlight on it. */
  scroll: z.boolean().default(true),
  /** Labels drawn next to each box (text only). */
  labels: z.array(z.string().max(200)).max(500).default([]),
});
export type HighlightRequest = z.infer<typeof HighlightRequest>;

const empty = z.object({}).strict();

export const PROTOCOL = {
  /** Panel → content script: is the auditor script there, and on which page? */
  ping: { request: empty, response: z.object({ url: z.string(), title: z.string().max(500) }) },
  /** Panel/popup → content script: audit the live document. */
  audit: {
    request: AuditRunOptions,
    response: z.object({
      report: AuditReport,
      timings: AuditTimings,
      /** Origins of downloads left unchecked for want of a host permission (the panel may ask for it). */
      uncheckedOrigins: z.array(WebUrl).max(20).default([]),
    }),
  },
  /** Panel → content script: draw highlight boxes over the evidence elements. */
  highlight: { request: HighlightRequest, response: z.object({ found: z.number().int().min(0), missing: z.number().int().min(0) }) },
  clearHighlights: { request: empty, response: z.object({ cleared: z.boolean() }) },
  /** Batch → content script of a background tab: where the page ended up, its HTTP status and links. */
  pageLinks: {
    request: empty,
    response: z.object({ url: z.string().max(4_096), status: z.number().int().min(0).max(999).nullable(), links: z.array(z.string().max(4_096)).max(2_000) }),
  },
  /** Content script → background: HEAD the page's downloads (hosts the extension may reach). */
  headCheck: {
    request: z.object({ pageUrl: WebUrl, urls: z.array(WebUrl).max(100), options: HeadChecks }),
    response: z.object({ resources: z.array(LinkedResource), skipped: z.number().int().min(0), unreachableOrigins: z.array(WebUrl).max(20).default([]) }),
  },
  /**
   * Background → runner: read these downloads («Inspeccionar descargas»). Only the extension's own
   * contexts may ask (the background has already kept the hosts the extension may reach); the
   * readers (PDF.js, SheetJS) load in the runner, keeping Chrome's service worker small.
   */
  inspectDownloads: {
    request: z.object({ urls: z.array(WebUrl).max(100), options: HeadChecks }),
    response: z.object({ resources: z.array(LinkedResource).max(100) }),
  },
  /** Page → background: make sure the runner context (offscreen document) exists. */
  runnerReady: { request: empty, response: z.object({ ready: z.literal(true) }) },
  /** Panel → runner: audit the served HTML of a URL off-DOM (a page that did not answer). */
  auditHtml: {
    request: z.object({ url: WebUrl, options: AuditRunOptions, limits: BatchLimits, reason: z.string().max(300) }),
    response: z.object({ report: AuditReport }),
  },
  /** Runner (Chrome's offscreen document) → background: audit one batch page in a background tab. */
  auditInTab: {
    request: z.object({ url: WebUrl, options: AuditRunOptions, limits: BatchLimits }),
    /** null: no tab for this page (no host permission for it); the runner falls back to DOMParser. */
    response: z.object({ result: z.object({ report: AuditReport, finalUrl: z.string().max(4_096), links: z.array(z.string().max(4_096)).max(2_000) }).nullable() }),
  },
  /** Panel → runner: start a batch (the runner owns it; the panel may close). */
  batchStart: { request: z.object({ source: BatchSource, limits: BatchLimits, options: AuditRunOptions }), response: z.object({ batchId: z.string() }) },
  batchControl: {
    request: z.object({ batchId: z.string(), action: z.enum(['pause', 'resume', 'cancel']) }),
    response: z.object({ accepted: z.boolean() }),
  },
  /** Runner → everyone: a batch moved on (broadcast; nobody answers). */
  batchProgress: { request: BatchSnapshot, response: z.object({}) },
} as const;

export type MessageType = keyof typeof PROTOCOL;
export type RequestOf<T extends MessageType> = z.input<(typeof PROTOCOL)[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<(typeof PROTOCOL)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof PROTOCOL)[T]['response']>;

/** What goes over the wire: a tagged envelope, so unrelated messages are ignored. */
export const Envelope = z.object({ proactiva: z.literal(1), type: z.string().max(50), payload: z.unknown() });
export type Envelope = z.infer<typeof Envelope>;

export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string().max(2_000) }),
]);
export type Reply = z.infer<typeof Reply>;
