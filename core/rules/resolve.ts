import type { z } from 'zod';
import { RuleSetError } from './errors.js';
import { contentHash } from './hash.js';
import {
  RuleSetFile,
  type BaseRuleSet,
  type CheckRule,
  type CheckRulePatch,
  type OverlayRuleSet,
  type ResolvedRuleSet,
} from './schema.js';

/** What resolution needs to know: each check that exists and the parameter schema it reads. */
export type KnownChecks = ReadonlyMap<string, z.ZodType>;
/** Finds a base set an overlay builds on. */
export type BaseLookup = (id: string, version: string) => BaseRuleSet | undefined;

const issuesOf = (error: z.ZodError, prefix = ''): string[] =>
  error.issues.map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(raíz)'}: ${i.message}`);

/** Each rule's parameters must be exactly what its check reads (names and types). */
function paramProblems(checks: Record<string, CheckRule>, known: KnownChecks): string[] {
  const problems: string[] = [];
  for (const [id, rule] of Object.entries(checks)) {
    const schema = known.get(id);
    if (!schema) {
      problems.push(`checks.${id}: no existe ninguna comprobación con ese id`);
      continue;
    }
    const parsed = schema.safeParse(rule.params);
    if (!parsed.success) problems.push(...issuesOf(parsed.error, `checks.${id}.params`));
  }
  return problems;
}

function mergeRule(base: CheckRule, patch: CheckRulePatch): CheckRule {
  return {
    weight: patch.weight ?? base.weight,
    essential: patch.essential ?? base.essential,
    effort: patch.effort ?? base.effort,
    reference: patch.reference ?? base.reference,
    recommendation: { ...base.recommendation, ...patch.recommendation },
    params: { ...base.params, ...patch.params },
  };
}

function applyOverlay(overlay: OverlayRuleSet, base: BaseRuleSet): { checks: Record<string, CheckRule>; problems: string[] } {
  const problems: string[] = [];
  const withdrawn = new Set<string>();
  overlay.withdrawn.forEach((w, i) => {
    if (!base.checks[w.check]) problems.push(`withdrawn.${i}.check: ${w.check} no está en ${base.id}@${base.version}`);
    if (withdrawn.has(w.check)) problems.push(`withdrawn.${i}.check: ${w.check} aparece dos veces`);
    withdrawn.add(w.check);
  });
  const checks: Record<string, CheckRule> = {};
  for (const [id, rule] of Object.entries(base.checks)) if (!withdrawn.has(id)) checks[id] = rule;
  for (const [id, patch] of Object.entries(overlay.checks)) {
    if (!base.checks[id]) problems.push(`checks.${id}: no está en ${base.id}@${base.version}; un ajuste solo modifica comprobaciones de su base`);
    else if (withdrawn.has(id)) problems.push(`checks.${id}: está retirada en withdrawn y a la vez modificada`);
    else checks[id] = mergeRule(base.checks[id]!, patch);
  }
  return { checks, problems };
}

/**
 * Validates a rule-set file (a base set, or an overlay on a base it can find) and returns it ready
 * to audit with, named by the hash of its content. Throws RuleSetError listing every problem with
 * the field it is about.
 */
export function resolveRuleSet(input: unknown, known: KnownChecks, findBase: BaseLookup): ResolvedRuleSet {
  const parsed = RuleSetFile.safeParse(input);
  if (!parsed.success) throw new RuleSetError('conjunto de reglas no válido', issuesOf(parsed.error));
  const file = parsed.data;
  const { kind: _kind, ...header } = file;
  let checks: Record<string, CheckRule>;
  let criterionWeights = file.criterionWeights ?? {};
  const problems: string[] = [];
  let base: BaseRuleSet | undefined;
  if (file.kind === 'overlay') {
    base = findBase(file.base.id, file.base.version);
    if (!base) throw new RuleSetError('conjunto de reglas no válido', [`base: no se conoce el conjunto base ${file.base.id}@${file.base.version}`]);
    const merged = applyOverlay(file, base);
    problems.push(...merged.problems);
    checks = merged.checks;
    criterionWeights = { ...base.criterionWeights, ...file.criterionWeights };
  } else {
    checks = file.checks;
  }
  problems.push(...paramProblems(checks, known));
  if (problems.length) throw new RuleSetError('conjunto de reglas no válido', problems);
  const body = {
    id: header.id,
    version: header.version,
    title: header.title,
    jurisdiction: header.jurisdiction,
    effective: header.effective,
    authority: header.authority,
    sources: header.sources,
    ...(file.kind === 'overlay' ? { base: file.base } : {}),
    criterionWeights,
    checks,
    withdrawn: file.kind === 'overlay' ? file.withdrawn : [],
  };
  return { ...body, hash: contentHash(body) };
}
