import type { z } from 'zod';
import { ALL_CHECKS } from '../checks/index.js';
import { RESOURCE_CHECKS } from '../resources/checks/index.js';
import { RuleSetError } from './errors.js';
import mxCdmx2025 from './overlays/mx-cdmx-2025.json' with { type: 'json' };
import mxJalisco2025 from './overlays/mx-jalisco-2025.json' with { type: 'json' };
import { resolveRuleSet, type KnownChecks } from './resolve.js';
import { contentHash } from './hash.js';
import { BaseRuleSet, ResolvedRuleSet, type RuleSetFileInput } from './schema.js';
import mxLgtaip2015 from './sets/mx-lgtaip-2015.json' with { type: 'json' };
import mxLgtaip2025 from './sets/mx-lgtaip-2025.json' with { type: 'json' };

/** Every check a rule set may name (page and resource checks) with the parameters it reads. */
export const KNOWN_CHECKS: KnownChecks = new Map<string, z.ZodType>(
  [...ALL_CHECKS, ...RESOURCE_CHECKS].map((c) => [c.meta.id, c.params as z.ZodType]),
);

/** The rule sets Proactiva ships: the general laws and state overlays on them. */
export const BUILT_IN_RULE_SET_FILES: readonly unknown[] = [mxLgtaip2015, mxLgtaip2025, mxCdmx2025, mxJalisco2025];

const BASES: readonly BaseRuleSet[] = BUILT_IN_RULE_SET_FILES.flatMap((f) => {
  const parsed = BaseRuleSet.safeParse(f);
  return parsed.success ? [parsed.data] : [];
});

const findBase = (id: string, version: string) => BASES.find((b) => b.id === id && b.version === version);

let builtIns: ResolvedRuleSet[] | null = null;

/** The built-in rule sets, resolved (once). */
export function builtInRuleSets(): readonly ResolvedRuleSet[] {
  builtIns ??= BUILT_IN_RULE_SET_FILES.map((f) => resolveRuleSet(f, KNOWN_CHECKS, findBase));
  return builtIns;
}

/** Validates a garante's own rule-set file (a base, or an overlay on a built-in base). */
export function resolveRuleSetFile(file: RuleSetFileInput | unknown): ResolvedRuleSet {
  return resolveRuleSet(file, KNOWN_CHECKS, findBase);
}

/** A built-in rule set by id ("mx-lgtaip-2025") or id@version. */
export function builtInRuleSet(ref: string): ResolvedRuleSet {
  const [id, version] = ref.split('@');
  const found = builtInRuleSets().find((r) => r.id === id && (!version || r.version === version));
  if (!found) {
    throw new RuleSetError(`conjunto de reglas desconocido: ${ref}`, [
      `conocidos: ${builtInRuleSets()
        .map((r) => r.id)
        .join(', ')}`,
    ]);
  }
  return found;
}

/**
 * The general law in force on a verification date: 2015 law until 20 March 2025, the 2025 law
 * after (the date decides, so re-auditing an old capture uses the rules of its time).
 */
export function defaultRuleSet(asOf: string): ResolvedRuleSet {
  const bases = builtInRuleSets().filter((r) => !r.base && r.jurisdiction.scope === 'federal');
  const inForce = bases.find((r) => r.effective.from <= asOf && (!r.effective.until || asOf <= r.effective.until));
  return inForce ?? bases.reduce((a, b) => (a.effective.from > b.effective.from ? a : b));
}

/** A rule set from what a caller gives: a resolved set, an id (or id@version) or a file's content. */
export function ruleSetFrom(input: ResolvedRuleSet | RuleSetFileInput | string, asOf: string): ResolvedRuleSet {
  if (typeof input === 'string') return input === 'default' ? defaultRuleSet(asOf) : builtInRuleSet(input);
  if ('hash' in input && typeof input.hash === 'string') return checkedResolved(input);
  return resolveRuleSetFile(input);
}

/** A resolved set handed in from outside (storage, another process) must still be one, untampered. */
function checkedResolved(input: unknown): ResolvedRuleSet {
  if (builtIns?.includes(input as ResolvedRuleSet)) return input as ResolvedRuleSet;
  const parsed = ResolvedRuleSet.safeParse(input);
  if (!parsed.success) throw new RuleSetError('conjunto de reglas resuelto no válido', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const { hash, ...body } = parsed.data;
  if (contentHash(body) !== hash) throw new RuleSetError('conjunto de reglas resuelto no válido', ['hash: no corresponde al contenido']);
  return parsed.data;
}
