import { z } from 'zod';
import { AsOfDate, CriterionId, Effort, LocalizedText } from '../schemas/common.js';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');
/** Semantic version: a change of weights, thresholds or checks is a new version. */
const Version = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0');

export const EFFORT_COST: Record<Effort, number> = { baja: 1, media: 2, alta: 3 };

/** A check parameter: a number, a list of numbers or a table of numbers (e.g. a score per band). */
export const ParamValue = z.union([z.number(), z.array(z.number()).max(20), z.record(z.string(), z.number())]);
export type ParamValue = z.infer<typeof ParamValue>;

const RuleRecommendation = z.object({ what: LocalizedText, why: LocalizedText }).strict();

/** Everything a rule set decides about one check: whether and how much it counts, and why. */
export const CheckRule = z
  .object({
    weight: z.number().positive().max(10),
    /** An essential check that fails keeps the page out of the top band (a gate). */
    essential: z.boolean().default(false),
    effort: Effort,
    /** The law, guideline or standard the check rests on (es/en). */
    reference: LocalizedText,
    recommendation: RuleRecommendation,
    /** Thresholds the check's logic reads (validated against the check's own parameter schema). */
    params: z.record(z.string(), ParamValue).default({}),
  })
  .strict();
export type CheckRule = z.infer<typeof CheckRule>;

const Source = z
  .object({
    title: z.string().min(1).max(300),
    /** Where it was published (e.g. "DOF 20/03/2025"). */
    published: z.string().max(100).optional(),
    url: z.url().optional(),
  })
  .strict();

const Jurisdiction = z
  .object({
    scope: z.enum(['federal', 'estatal', 'municipal']),
    /** Entidad federativa (INEGI two-digit key and name) for state and municipal rules. */
    entidad: z.object({ clave: z.string().regex(/^\d{2}$/), nombre: z.string().min(1).max(100) }).strict().optional(),
  })
  .strict();

const Effective = z
  .object({ from: AsOfDate, until: AsOfDate.optional() })
  .strict()
  .refine((e) => !e.until || e.until >= e.from, { message: 'until is before from', path: ['until'] });

const Header = {
  id: Id,
  version: Version,
  title: LocalizedText,
  jurisdiction: Jurisdiction,
  effective: Effective,
  /** The authority that verifies under these rules (organismo garante). */
  authority: LocalizedText,
  sources: z.array(Source).min(1).max(30),
  notes: LocalizedText.optional(),
};

/** A complete rule set for a law: every check that runs, with its weight, reference and thresholds. */
export const BaseRuleSet = z
  .object({
    kind: z.literal('base'),
    ...Header,
    criterionWeights: z.partialRecord(CriterionId, z.number().min(0).max(100)).default({}),
    checks: z.record(Id, CheckRule).refine((c) => Object.keys(c).length > 0, 'a rule set runs at least one check'),
  })
  .strict();
export type BaseRuleSet = z.infer<typeof BaseRuleSet>;

/** What an overlay may change about one check of its base (never the check's existence). */
export const CheckRulePatch = z
  .object({
    weight: z.number().positive().max(10).optional(),
    essential: z.boolean().optional(),
    effort: Effort.optional(),
    reference: LocalizedText.optional(),
    recommendation: RuleRecommendation.partial().optional(),
    params: z.record(z.string(), ParamValue).optional(),
  })
  .strict();
export type CheckRulePatch = z.infer<typeof CheckRulePatch>;

/**
 * A jurisdiction's changes on top of a base set (a state law over the general law). Dropping a
 * check is never silent: it must be listed in `withdrawn` with the legal reason.
 */
export const OverlayRuleSet = z
  .object({
    kind: z.literal('overlay'),
    ...Header,
    base: z.object({ id: Id, version: Version }).strict(),
    criterionWeights: z.partialRecord(CriterionId, z.number().min(0).max(100)).optional(),
    checks: z.record(Id, CheckRulePatch).default({}),
    withdrawn: z
      .array(z.object({ check: Id, reason: LocalizedText }).strict())
      .max(100)
      .default([]),
  })
  .strict();
export type OverlayRuleSet = z.infer<typeof OverlayRuleSet>;

export const RuleSetFile = z.discriminatedUnion('kind', [BaseRuleSet, OverlayRuleSet]);
export type RuleSetFile = z.infer<typeof RuleSetFile>;
export type RuleSetFileInput = z.input<typeof RuleSetFile>;

/** A rule set ready to audit with: an overlay merged onto its base, named by a content hash. */
export const ResolvedRuleSet = z.object({
  id: Id,
  version: Version,
  title: LocalizedText,
  jurisdiction: Jurisdiction,
  effective: z.object({ from: AsOfDate, until: AsOfDate.optional() }),
  authority: LocalizedText,
  sources: z.array(Source),
  base: z.object({ id: Id, version: Version }).optional(),
  criterionWeights: z.partialRecord(CriterionId, z.number().min(0).max(100)),
  checks: z.record(Id, CheckRule),
  withdrawn: z.array(z.object({ check: Id, reason: LocalizedText })),
  /** sha256 of the canonical JSON of everything above: two audits under equal hashes used equal rules. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ResolvedRuleSet = z.infer<typeof ResolvedRuleSet>;

/** What a report records about the rules that produced it. */
export const RulesRef = z.object({
  id: Id,
  version: Version,
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  title: LocalizedText,
  base: z.object({ id: Id, version: Version }).optional(),
  /** The set's criterion weights, so a report re-scores without the set at hand. */
  criterionWeights: z.partialRecord(CriterionId, z.number().min(0).max(100)).optional(),
});
export type RulesRef = z.infer<typeof RulesRef>;
