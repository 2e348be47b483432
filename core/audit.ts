import { ALL_CHECKS, type Check } from './checks/index.js';
import { createContext, DEFAULT_BUDGET, type AuditBudget, type AuditContext } from './context.js';
import { AuditInputError } from './errors.js';
import { checkResultHead, rulesRef } from './rules/apply.js';
import { ruleSetFrom } from './rules/registry.js';
import { RuleSetError } from './rules/errors.js';
import type { CheckRule, ResolvedRuleSet, RuleSetFileInput, RulesRef } from './rules/schema.js';
import { recommendationsByGain } from './scoring/gain.js';
import { scoreResults } from './scoring/outcome.js';
import { applyAnswer, withdrawAnswer } from './scoring/review.js';
import {
  AsOfDate,
  AuditReport,
  CheckMeta,
  endOfDay,
  CheckOutcome,
  DEFAULT_PROFILE,
  PageSnapshot,
  Profile,
  REPORT_SCHEMA_VERSION,
  ReviewAnswer,
  type CheckResult,
  type CriterionId,
  type PageSnapshotInput,
  type ProfileInput,
} from './schemas/index.js';
import { clip } from './signals/dom.js';
import { VERSION } from './version.js';

export interface AuditOptions {
  reviews?: readonly ReviewAnswer[];
  profile?: ProfileInput;
  budget?: Partial<AuditBudget>;
  /** Defaults to every registered check. */
  checks?: readonly Check[];
  /** Injected clock (ms) for budgets and timings; defaults to Date.now. */
  clock?: () => number;
  /**
   * Verification date (YYYY-MM-DD): freshness and periods are judged as of the end of that day.
   * Default: the snapshot's fetchedAt (today, for a page read now).
   */
  asOf?: string;
  /**
   * The rule set to judge under: a built-in id ("mx-lgtaip-2025", "mx-lgtaip-2025@1.0.0"), a
   * rule-set file's content, or a resolved set. Default: the general law in force on the
   * verification date. Only the checks it names run, with its weights and thresholds.
   */
  rules?: ResolvedRuleSet | RuleSetFileInput | string;
}

/**
 * A check's result from its metadata, its rule and its outcome; a throw is contained in the result
 * (needs-review with the error). Page and resource checks both run through it.
 */
export function containedResult(meta: CheckMeta, rule: CheckRule, evaluate: () => CheckOutcome): CheckResult {
  const base = checkResultHead(meta, rule);
  try {
    return { ...base, ...CheckOutcome.parse(evaluate()) };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...base, status: 'needs-review', score: null, evidence: [], error: clip(message, 300) };
  }
}

function runCheck(check: Check, rule: CheckRule, ctx: AuditContext): CheckResult {
  if (ctx.overBudget()) {
    ctx.truncate(`time: over ${ctx.budget.maxMs} ms`);
    return { ...checkResultHead(check.meta, rule), status: 'needs-review', score: null, evidence: [], error: 'budget: time' };
  }
  return containedResult(check.meta, rule, () => check.evaluate(ctx, check.params.parse(rule.params)));
}

/** The rule set an audit runs under; a bad one is the caller's input error, named field by field. */
export function parseRules(input: AuditOptions['rules'], asOf: string): ResolvedRuleSet {
  try {
    return ruleSetFrom(input ?? 'default', asOf);
  } catch (error) {
    if (error instanceof RuleSetError) throw new AuditInputError(error.message.split('\n')[0]!, error.problems);
    throw error;
  }
}

/** What assembling needs from the rule set: its reference and its criterion weights. */
export interface ScoringRules {
  ref?: RulesRef;
  criterionWeights: Partial<Record<CriterionId, number>>;
}

export const scoringRules = (rules: ResolvedRuleSet): ScoringRules => ({ ref: rulesRef(rules), criterionWeights: rules.criterionWeights });

function pageTitle(ctx: AuditContext): string {
  try {
    return clip(ctx.doc.title ?? '', 500);
  } catch {
    return '';
  }
}

/** Builds the report from check results: criteria, overall, bands, recommendations (pages and resources alike). */
export function assemble(
  head: Pick<AuditReport, 'url' | 'title' | 'fetchedAt' | 'auditedAt' | 'asOf' | 'timings' | 'truncated' | 'truncation'>,
  results: readonly CheckResult[],
  profile: Profile,
  reviews: readonly ReviewAnswer[],
  rules: ScoringRules,
): AuditReport {
  const answers = new Map(reviews.map((r) => [r.checkId, r]));
  const reviewed = results.map((r) => {
    const answer = answers.get(r.id);
    const weighted = profile.checkWeights[r.id] !== undefined ? { ...r, weight: profile.checkWeights[r.id]! } : r;
    return answer ? applyAnswer(weighted, answer) : weighted;
  });
  const criterionWeight = (id: CriterionId) => profile.weights[id] ?? rules.criterionWeights[id] ?? 1;
  const outcome = scoreResults(reviewed, criterionWeight);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'proactiva', version: VERSION },
    ...head,
    score: outcome.score,
    band: outcome.band,
    subscores: outcome.subscores,
    coverage: outcome.coverage,
    criteria: outcome.criteria,
    gate: outcome.gate,
    recommendations: recommendationsByGain(reviewed, outcome.criteria, outcome.score, (r) => scoreResults(r, criterionWeight).score),
    profile,
    ...(rules.ref ? { rules: rules.ref } : {}),
  };
}

/**
 * Audits one page snapshot against the Decálogo. Pure: reads only the snapshot.
 * Throws AuditInputError for an invalid snapshot or profile; any failure inside a check is
 * contained in that check's result.
 */
export function audit(input: PageSnapshotInput, options: AuditOptions = {}): AuditReport {
  const clock = options.clock ?? Date.now;
  const t0 = clock();
  const parsed = PageSnapshot.safeParse(input);
  if (!parsed.success) {
    throw new AuditInputError(
      'invalid page snapshot',
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const profile = parseProfile(options.profile);
  const reviews = parseReviews(options.reviews);
  const asOf = parseAsOf(options.asOf);
  const rules = parseRules(options.rules, asOf ?? parsed.data.fetchedAt.slice(0, 10));
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  const ctx = createContext(parsed.data, budget, clock, asOf ? endOfDay(asOf) : undefined);
  const t1 = clock();
  ctx.elements();
  const checks = (options.checks ?? ALL_CHECKS).filter((check) => rules.checks[check.meta.id]);
  const results = checks.map((check) => runCheck(check, rules.checks[check.meta.id]!, ctx));
  const t2 = clock();
  return assemble(
    {
      url: parsed.data.url,
      title: pageTitle(ctx),
      fetchedAt: parsed.data.fetchedAt,
      auditedAt: new Date(clock()).toISOString(),
      asOf: asOf ?? parsed.data.fetchedAt.slice(0, 10),
      timings: { totalMs: t2 - t0, signalsMs: t1 - t0, checksMs: t2 - t1 },
      truncated: ctx.truncation.size > 0,
      truncation: [...ctx.truncation],
    },
    results,
    profile,
    reviews,
    scoringRules(rules),
  );
}

/**
 * Re-scores a report with the auditor's answers and/or another profile, without the page:
 * the report carries every check result. Earlier answers are replaced by the new set.
 */
export function rescore(
  report: AuditReport,
  options: { reviews?: readonly ReviewAnswer[]; profile?: ProfileInput } = {},
): AuditReport {
  const profile = options.profile ? parseProfile(options.profile) : report.profile;
  const reviews = parseReviews(options.reviews);
  // Every earlier answer is withdrawn first; the new set is then applied in full.
  const raw = report.criteria.flatMap((c) => c.checks.map(withdrawAnswer));
  const { score: _s, band: _b, subscores: _ss, coverage: _c, criteria: _cr, recommendations: _r, profile: _p, schemaVersion: _v, tool: _t, rules: ref, gate: _g, ...head } =
    report;
  // Reports made before rule sets carried criterion weights only in the criteria themselves.
  const criterionWeights = ref?.criterionWeights ?? (ref ? {} : Object.fromEntries(report.criteria.map((c) => [c.id, c.weight])));
  return assemble(head, raw, profile, reviews, { ...(ref ? { ref } : {}), criterionWeights });
}

function parseProfile(input: ProfileInput | undefined): Profile {
  if (!input) return DEFAULT_PROFILE;
  const parsed = Profile.safeParse(input);
  if (!parsed.success) {
    throw new AuditInputError('invalid profile', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}

function parseAsOf(input: string | undefined): AsOfDate | undefined {
  if (input === undefined) return undefined;
  const parsed = AsOfDate.safeParse(input);
  if (!parsed.success) throw new AuditInputError('invalid verification date', parsed.error.issues.map((i) => i.message));
  return parsed.data;
}

function parseReviews(input: readonly ReviewAnswer[] | undefined): ReviewAnswer[] {
  if (!input) return [];
  const parsed = ReviewAnswer.array().safeParse(input);
  if (!parsed.success) {
    throw new AuditInputError('invalid review answers', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
