import type { Check } from '../../../core/index.js';
import { resolveRuleSet } from '../../../core/rules/resolve.js';
import type { CheckRulePatch, ResolvedRuleSet } from '../../../core/rules/schema.js';

/**
 * A rule set for made-up test checks: weight 1, effort media and a recommendation per check
 * ("Hacer <id>"), overridable per check. Resolved against the test checks' own parameter schemas.
 */
export function rulesFor(checks: readonly Check[], overrides: Record<string, CheckRulePatch> = {}): ResolvedRuleSet {
  const file = {
    kind: 'base',
    id: 'reglas-de-prueba',
    version: '1.0.0',
    title: { es: 'Reglas de prueba', en: 'Test rules' },
    jurisdiction: { scope: 'federal' },
    effective: { from: '2000-01-01' },
    authority: { es: 'Organismo de prueba', en: 'Test body' },
    sources: [{ title: 'Ley de prueba' }],
    checks: Object.fromEntries(
      checks.map((c) => {
        const id = c.meta.id;
        const o = overrides[id] ?? {};
        return [
          id,
          {
            weight: o.weight ?? 1,
            essential: o.essential ?? false,
            effort: o.effort ?? 'media',
            reference: o.reference ?? { es: 'LGTAIP 2015, art. 3', en: 'LGTAIP 2015, art. 3' },
            recommendation: {
              what: o.recommendation?.what ?? { es: `Hacer ${id}`, en: `Do ${id}` },
              why: o.recommendation?.why ?? { es: `Porque ${id}`, en: `Because ${id}` },
            },
            params: o.params ?? {},
          },
        ];
      }),
    ),
  };
  return resolveRuleSet(file, new Map(checks.map((c) => [c.meta.id, c.params])), () => undefined);
}
