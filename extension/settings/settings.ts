import { z } from 'zod';
import { AsOfDate, CriterionId, Locale, Profile } from '../../core/schemas/index.js';
import { ResolvedRuleSet } from '../../core/rules/schema.js';

/** Limits of a batch run (paste URLs or crawl one site). Bounded so a run cannot run away. */
export const BatchLimits = z.object({
  maxPages: z.number().int().min(1).max(500).default(25),
  maxDepth: z.number().int().min(0).max(5).default(2),
  concurrency: z.number().int().min(1).max(6).default(2),
  timeoutMs: z.number().int().min(1_000).max(120_000).default(15_000),
  /** Bytes of HTML read per page at most; the rest is cut and the report flagged. */
  maxBytes: z.number().int().min(10_000).max(50_000_000).default(5_000_000),
});
export type BatchLimits = z.infer<typeof BatchLimits>;

/** HEAD checks of the page's downloads (format, size, reachability, Last-Modified). */
export const HeadChecks = z.object({
  enabled: z.boolean().default(true),
  concurrency: z.number().int().min(1).max(8).default(4),
  timeoutMs: z.number().int().min(500).max(60_000).default(5_000),
  maxResources: z.number().int().min(1).max(100).default(30),
  /**
   * «Inspeccionar descargas»: read each download (within the same concurrency, time and count
   * limits, 10 MB each) and judge what it really is, instead of only HEAD-checking it. Off by default.
   */
  inspect: z.boolean().default(false),
});
export type HeadChecks = z.infer<typeof HeadChecks>;

/**
 * The garante's collector: where audits are published (POST /v1/audits with a site's token) and
 * where the auditor works campaigns' verification queue (a named auditor token, `au_…`).
 */
export const CollectorSettings = z.object({
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).default(''),
  site: z.union([z.literal(''), z.string().max(100).regex(/^[a-z0-9][a-z0-9-]*$/)]).default(''),
  token: z.string().max(500).default(''),
  auditorToken: z.union([z.literal(''), z.string().regex(/^au_[A-Za-z0-9_-]{24,200}$/, 'au_…')]).default(''),
});
export type CollectorSettings = z.infer<typeof CollectorSettings>;

/** Which rule set audits run under: 'default', 'custom' or a built-in id (optionally @version). */
export const RuleChoice = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(@\d+\.\d+\.\d+)?$/).max(120);

export const Settings = z.object({
  locale: Locale.default('es-MX'),
  /** Criterion weights (0-10); equal weights by default, as the Decálogo profile. */
  weights: z.partialRecord(CriterionId, z.number().min(0).max(10)).default({}),
  axe: z.boolean().default(true),
  headChecks: HeadChecks.default(HeadChecks.parse({})),
  batch: BatchLimits.default(BatchLimits.parse({})),
  collector: CollectorSettings.default(CollectorSettings.parse({})),
  /** Verification date (fecha de corte) for audits, YYYY-MM-DD; '' audits as of today. */
  asOf: z.union([z.literal(''), AsOfDate]).default(''),
  /** Rule set: 'default' (the general law in force on the verification date), a built-in id, or 'custom'. */
  rules: RuleChoice.default('default'),
  /** A garante's own rule set, loaded from a file in the options and validated there. */
  customRules: ResolvedRuleSet.nullable().default(null),
  /** Time the panel waits for the page to answer an audit before it falls back. */
  auditTimeoutMs: z.number().int().min(5_000).max(300_000).default(60_000),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Settings read from storage: anything invalid falls back to its default, nothing throws. */
export function readSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  // Keep every valid section and default the rest.
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(Settings.shape) as (keyof typeof Settings.shape)[]) {
    const field = Settings.shape[key].safeParse(source[key]);
    if (field.success) merged[key] = field.data;
  }
  return Settings.parse(merged);
}

/** The rule set to send with an audit for a choice: nothing for 'default', the stored file for 'custom'. */
export function rulesOf(choice: string, settings: Settings): string | ResolvedRuleSet | undefined {
  if (choice === 'default') return undefined;
  if (choice === 'custom') return settings.customRules ?? undefined;
  return choice;
}

/** The scoring profile the settings describe. */
export function profileOf(settings: Settings): Profile {
  const custom = Object.keys(settings.weights).length > 0;
  return Profile.parse({
    id: custom ? 'proactiva-extension-custom' : 'decalogo-default',
    name: custom ? 'Perfil personalizado (extensión)' : 'Decálogo — pesos iguales',
    weights: settings.weights,
  });
}
