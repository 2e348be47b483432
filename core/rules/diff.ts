import type { CheckRule, ResolvedRuleSet } from './schema.js';

/** One difference between two rule sets, field by field. */
export interface RuleChange {
  check: string;
  field: 'weight' | 'essential' | 'effort' | 'reference' | 'recommendation' | 'params';
  from: unknown;
  to: unknown;
}

export interface RuleSetDiff {
  from: { id: string; version: string; hash: string };
  to: { id: string; version: string; hash: string };
  /** Checks only the second set runs, and only the first. */
  added: string[];
  removed: string[];
  changed: RuleChange[];
  criterionWeights: { criterion: string; from: number; to: number }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const FIELDS: RuleChange['field'][] = ['weight', 'essential', 'effort', 'reference', 'recommendation', 'params'];

/** What changes from one rule set to another: checks added or removed, weights, references, thresholds. */
export function diffRuleSets(a: ResolvedRuleSet, b: ResolvedRuleSet): RuleSetDiff {
  const ids = (r: ResolvedRuleSet) => Object.keys(r.checks);
  const changed: RuleChange[] = [];
  for (const id of ids(a)) {
    const x = a.checks[id]!;
    const y = b.checks[id];
    if (!y) continue;
    for (const field of FIELDS) {
      const from = x[field as keyof CheckRule];
      const to = y[field as keyof CheckRule];
      if (!same(from, to)) changed.push({ check: id, field, from, to });
    }
  }
  const criteria = new Set([...Object.keys(a.criterionWeights), ...Object.keys(b.criterionWeights)]);
  const criterionWeights = [...criteria]
    .map((c) => ({
      criterion: c,
      from: a.criterionWeights[c as keyof typeof a.criterionWeights] ?? 1,
      to: b.criterionWeights[c as keyof typeof b.criterionWeights] ?? 1,
    }))
    .filter((c) => c.from !== c.to);
  return {
    from: { id: a.id, version: a.version, hash: a.hash },
    to: { id: b.id, version: b.version, hash: b.hash },
    added: ids(b).filter((id) => !a.checks[id]),
    removed: ids(a).filter((id) => !b.checks[id]),
    changed,
    criterionWeights,
  };
}
