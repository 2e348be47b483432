import type { AuditEntry } from '../../../../core/schemas/index.js';

/**
 * The rule set an audit was made under, as the dashboard compares it: `version` null means a
 * report made before rule sets (schemaVersion 1), judged by the 2015 rules then in code.
 */
export interface RulesName {
  id: string;
  version: string | null;
  /** What tells two rule sets apart: the content hash, or "before rule sets". */
  key: string;
}

/** The law the reports made before rule sets were judged by. */
export const RULES_BEFORE_RULE_SETS: RulesName = { id: 'mx-lgtaip-2015', version: null, key: 'before-rule-sets' };

export function rulesOf(audit: Pick<AuditEntry, 'rules'>): RulesName {
  return audit.rules ? { id: audit.rules.id, version: audit.rules.version, key: audit.rules.hash } : RULES_BEFORE_RULE_SETS;
}

/** Two audits compared under different rules: the earlier audit's rules and the later one's. */
export interface RulesChange {
  from: RulesName;
  to: RulesName;
}

/**
 * Tasa de variación de calidad (the seed's indicator): the change of a page's score between two
 * audits, in points and as a rate relative to the earlier score. When the audits were made under
 * different rules, `ruleChanges` says which: the change is then not like for like.
 */
export interface QualityChange {
  from: number;
  to: number;
  points: number;
  /** Percent change relative to `from`; null when `from` is 0. */
  rate: number | null;
  /** Rule changes between the audits compared; empty when every comparison is under the same rules. */
  ruleChanges: RulesChange[];
}

export function qualityChange(from: number | null | undefined, to: number | null | undefined, ruleChanges: RulesChange[] = []): QualityChange | null {
  if (from === null || from === undefined || to === null || to === undefined) return null;
  return { from, to, points: to - from, rate: from === 0 ? null : ((to - from) / from) * 100, ruleChanges };
}

/** The rule change between two audits, or none when both were made under the same rules. */
export function rulesChange(earlier: Pick<AuditEntry, 'rules'>, later: Pick<AuditEntry, 'rules'>): RulesChange[] {
  const from = rulesOf(earlier);
  const to = rulesOf(later);
  return from.key === to.key ? [] : [{ from, to }];
}

/** The change between two audits of a page, flagged when they were made under different rules. */
export function auditChange(earlier: AuditEntry | null | undefined, later: AuditEntry | null | undefined): QualityChange | null {
  if (!earlier || !later) return null;
  return qualityChange(earlier.score, later.score, rulesChange(earlier, later));
}

/** Every distinct rule change among several comparisons (the pages of an aggregate), in first-seen order. */
export function distinctRuleChanges(changes: readonly (QualityChange | null)[]): RulesChange[] {
  const seen = new Map<string, RulesChange>();
  for (const change of changes) for (const c of change?.ruleChanges ?? []) seen.set(`${c.from.key}>${c.to.key}`, seen.get(`${c.from.key}>${c.to.key}`) ?? c);
  return [...seen.values()];
}

export const mean = (values: readonly (number | null | undefined)[]): number | null => {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};
