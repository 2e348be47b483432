import { z } from 'zod';
import { AsOfDate } from '../core/schemas/common.js';
import { ResolvedRuleSet } from '../core/rules/schema.js';
import { Profile } from '../core/schemas/profile.js';

/** Which pages of a site a campaign audits: start paths, sitemap, same-site crawl limits and URL patterns. */
export const CrawlRule = z.object({
  /** Paths (or absolute same-site URLs) queued first on every portal, e.g. /transparencia. */
  start: z.array(z.string().min(1)).min(1).default(['/']),
  /** Links followed from a start page, at most this many hops. */
  depth: z.number().int().min(0).max(20).default(2),
  /** Pages audited per site at most (start pages and sitemap entries count). */
  maxPages: z.number().int().min(1).max(10_000).default(50),
  /** Only URLs matching this pattern are queued (start pages always are). */
  include: z.string().optional(),
  exclude: z.string().optional(),
  /** Read robots.txt's Sitemap lines (or /sitemap.xml) and queue their pages. */
  sitemaps: z.boolean().default(true),
});
export type CrawlRule = z.infer<typeof CrawlRule>;

/** How a worker treats a host: one request at a time, at most one every intervalMs (robots Crawl-delay may raise it). */
export const Politeness = z.object({
  enabled: z.boolean().default(true),
  intervalMs: z.number().int().min(0).max(600_000).default(1_000),
  userAgent: z.string().min(1).default('ProactivaBot/0.1 (+https://proactiva.invalid/bot; verificacion de transparencia proactiva)'),
  /** Attempts per page on network errors, 429 and 503 before it is recorded as failed. */
  maxAttempts: z.number().int().min(1).max(10).default(4),
  /** Redirects followed at most (each must stay on the site). */
  maxRedirects: z.number().int().min(0).max(10).default(5),
});
export type Politeness = z.infer<typeof Politeness>;

/**
 * What every page audit of the campaign receives: the audit options of `proactiva audit`. New audit
 * options go here and reach `auditPage` unchanged.
 */
export const CampaignAuditOptions = z.object({
  asOf: AsOfDate.optional(),
  /** The weighting profile read from --profile. */
  profile: Profile.optional(),
  /** The rule set read from --rules, resolved (overlay applied) once at create; absent: the law in force on asOf. */
  rules: ResolvedRuleSet.optional(),
  /** HEAD each download of a page (`--head`), politely, to fill its resources. */
  head: z.boolean().default(false),
  /** Read each download with the core's resource readers (`--inspect-downloads`; implies head). */
  inspectDownloads: z.boolean().default(false),
  timeoutMs: z.number().int().min(1).max(600_000).default(15_000),
  maxBytes: z.number().int().min(1).max(200 * 1024 * 1024).default(5 * 1024 * 1024),
});
export type CampaignAuditOptions = z.infer<typeof CampaignAuditOptions>;

export const CampaignOptions = z.object({
  crawl: CrawlRule.prefault({}),
  politeness: Politeness.prefault({}),
  audit: CampaignAuditOptions.prefault({}),
});
export type CampaignOptions = z.infer<typeof CampaignOptions>;
export type CampaignOptionsInput = z.input<typeof CampaignOptions>;
