import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  audit,
  builtInRuleSet,
  builtInRuleSets,
  contentHash,
  defaultRuleSet,
  diffRuleSets,
  resolveRuleSetFile,
  RuleSetError,
  AuditInputError,
  type AuditReport,
} from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

const set2015 = JSON.parse(readFileSync(join(import.meta.dirname, '../../../core/rules/sets/mx-lgtaip-2015.json'), 'utf8'));
const overlay = (extra: Record<string, unknown>) => ({
  kind: 'overlay',
  id: 'mx-prueba',
  version: '1.0.0',
  title: { es: 'Prueba', en: 'Test' },
  jurisdiction: { scope: 'estatal', entidad: { clave: '31', nombre: 'Yucatán' } },
  effective: { from: '2025-03-21' },
  authority: { es: 'Garante', en: 'Guarantor' },
  sources: [{ title: 'Ley local' }],
  base: { id: 'mx-lgtaip-2025', version: '1.1.0' },
  ...extra,
});

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleSetError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a RuleSetError');
};

const check = (report: AuditReport, id: string) => report.criteria.flatMap((c) => c.checks).find((c) => c.id === id)!;

/** A page updated 60 days before its capture, with no declared frequency. */
const PAGE = snapshotFromHtml(
  `<!doctype html><html lang="es-MX"><head><title>Tarifas de agua potable 2026 | Comisión Estatal del Agua</title></head>
   <body><main><h1>Tarifas de agua potable 2026</h1><p>Fecha de actualización: 16 de abril de 2026</p>
   <p>Las tarifas que pagan los hogares por el agua potable, por rango de consumo, para que cada familia calcule su recibo.</p>
   <p><a href="/datos/tarifas-2026.csv">Tarifas 2026 (CSV)</a></p></main></body></html>`,
  { url: 'https://www.agua.jalisco.gob.mx/tarifas', fetchedAt: '2026-06-15T12:00:00.000Z' },
);

describe('built-in rule sets', () => {
  it('resolve, each named by the sha256 of its content', () => {
    const sets = builtInRuleSets();
    expect(sets.map((s) => s.id)).toEqual(['mx-lgtaip-2015', 'mx-lgtaip-2025', 'mx-cdmx-2025', 'mx-jalisco-2025']);
    for (const set of sets) {
      const { hash, ...body } = set;
      expect(hash).toBe(contentHash(body));
    }
    expect(new Set(sets.map((s) => s.hash)).size).toBe(sets.length);
  });

  it('hash changes when one weight changes, and only then', () => {
    const a = resolveRuleSetFile(set2015);
    const same = resolveRuleSetFile(JSON.parse(JSON.stringify(set2015)));
    const changed = JSON.parse(JSON.stringify(set2015));
    changed.checks['update-age'].weight = 4;
    expect(same.hash).toBe(a.hash);
    expect(resolveRuleSetFile(changed).hash).not.toBe(a.hash);
  });

  it('pick the law in force on the verification date', () => {
    expect(defaultRuleSet('2024-12-31').id).toBe('mx-lgtaip-2015');
    expect(defaultRuleSet('2025-03-20').id).toBe('mx-lgtaip-2015');
    expect(defaultRuleSet('2025-03-21').id).toBe('mx-lgtaip-2025');
    expect(audit(PAGE, { asOf: '2024-06-01' }).rules?.id).toBe('mx-lgtaip-2015');
    expect(audit(PAGE).rules?.id).toBe('mx-lgtaip-2025');
  });

  it('2025: new references, a heavier audience check and essential checks reach the report', () => {
    const r2015 = audit(PAGE, { rules: 'mx-lgtaip-2015' });
    const r2025 = audit(PAGE, { rules: 'mx-lgtaip-2025' });
    expect(r2025.rules).toMatchObject({ id: 'mx-lgtaip-2025', version: '1.1.0', hash: builtInRuleSet('mx-lgtaip-2025').hash });
    expect(check(r2015, 'update-age').recommendation.rule.es).toContain('LGTAIP 2015, art. 62');
    expect(check(r2025, 'update-age').recommendation.rule.es).toContain('LGTAIP 2025, art. 58');
    expect(check(r2015, 'audience-defined').weight).toBe(1);
    expect(check(r2025, 'audience-defined').weight).toBe(2);
    expect(check(r2015, 'update-date').essential).toBeUndefined();
    expect(check(r2025, 'update-date').essential).toBe(true);
    const diff = diffRuleSets(builtInRuleSet('mx-lgtaip-2015'), builtInRuleSet('mx-lgtaip-2025'));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toContainEqual({ check: 'audience-defined', field: 'weight', from: 1, to: 2 });
  });

  it('Ciudad de México: open formats weigh more and are essential (art. 112)', () => {
    const report = audit(PAGE, { rules: 'mx-cdmx-2025' });
    const open = check(report, 'open-format-offered');
    expect(report.rules).toMatchObject({ id: 'mx-cdmx-2025', base: { id: 'mx-lgtaip-2025', version: '1.1.0' } });
    expect(open.weight).toBe(3);
    expect(open.essential).toBe(true);
    expect(open.recommendation.rule.es).toContain('art. 112');
    expect(check(report, 'responsible-area').weight).toBe(3);
  });

  it('Jalisco: the monthly update period reaches the check (60 days old: current under the general law, late in Jalisco)', () => {
    const general = check(audit(PAGE, { rules: 'mx-lgtaip-2025' }), 'update-age');
    const jalisco = check(audit(PAGE, { rules: 'mx-jalisco-2025' }), 'update-age');
    expect(general.status).toBe('pass');
    expect(jalisco.status).not.toBe('pass');
    expect(jalisco.weight).toBe(4);
    expect(jalisco.description.es).toContain('30 días');
    expect(general.description.es).toContain('90 días');
    expect(jalisco.evidence.some((e) => e.value === 30)).toBe(true);
  });
});

describe('validating a garante’s rule set', () => {
  it('names the field of every problem', () => {
    const bad = JSON.parse(JSON.stringify(set2015));
    bad.checks['update-age'].params.defaultPeriodDays = 'noventa';
    bad.checks['no-such-check'] = bad.checks['html-lang'];
    bad.checks['html-lang'].effort = 'enorme';
    const problems = problemsOf(() => resolveRuleSetFile(bad));
    expect(problems.join('\n')).toContain('checks.html-lang.effort');
    expect(problems.some((p) => p.startsWith('checks.update-age.params.defaultPeriodDays:'))).toBe(true);
    const unknown = JSON.parse(JSON.stringify(set2015));
    unknown.checks['no-such-check'] = unknown.checks['html-lang'];
    unknown.checks['update-age'].params = { defaultPeriodDays: 90, graceDays: 30 };
    const problems2 = problemsOf(() => resolveRuleSetFile(unknown));
    expect(problems2).toContain('checks.no-such-check: no existe ninguna comprobación con ese id');
    expect(problems2.some((p) => p.startsWith('checks.update-age.params.partialPeriods:'))).toBe(true);
  });

  it('an overlay changes only checks of its base, and withdraws one only with a reason', () => {
    expect(problemsOf(() => resolveRuleSetFile(overlay({ checks: { 'made-up': { weight: 2 } } })))).toEqual([
      'checks.made-up: no está en mx-lgtaip-2025@1.1.0; un ajuste solo modifica comprobaciones de su base',
    ]);
    expect(problemsOf(() => resolveRuleSetFile(overlay({ checks: { 'html-lang': { weight: 0 } } }))).join()).toContain('checks.html-lang.weight');
    expect(problemsOf(() => resolveRuleSetFile(overlay({ withdrawn: [{ check: 'usage-figures' }] }))).join()).toContain('withdrawn.0.reason');
    expect(problemsOf(() => resolveRuleSetFile(overlay({ base: { id: 'mx-nada', version: '1.0.0' } })))).toEqual([
      'base: no se conoce el conjunto base mx-nada@1.0.0',
    ]);
    const withdrawn = resolveRuleSetFile(
      overlay({ withdrawn: [{ check: 'usage-figures', reason: { es: 'La ley local no lo pide', en: 'Not required locally' } }] }),
    );
    expect(withdrawn.checks['usage-figures']).toBeUndefined();
    expect(withdrawn.withdrawn[0]!.check).toBe('usage-figures');
    expect(check(audit(PAGE, { rules: withdrawn }), 'usage-figures')).toBeUndefined();
  });

  it('an audit with a bad rule set is an input error, and a tampered resolved set is refused', () => {
    expect(() => audit(PAGE, { rules: 'mx-desconocida' })).toThrow(AuditInputError);
    const tampered = { ...builtInRuleSet('mx-lgtaip-2025') };
    tampered.checks = { ...tampered.checks, 'update-age': { ...tampered.checks['update-age']!, weight: 9 } };
    let issues: readonly string[] = [];
    try {
      audit(PAGE, { rules: tampered });
    } catch (error) {
      issues = (error as AuditInputError).issues;
    }
    expect(issues).toEqual(['hash: no corresponde al contenido']);
  });
});

describe('reports made before rule sets (schemaVersion 1)', () => {
  it('still load, render and re-score, named as the 2015 rules in code', async () => {
    const { fromJson, toHtml } = await import('../../../core/report/index.js');
    const { rescore } = await import('../../../core/index.js');
    const current = audit(PAGE, { rules: 'mx-lgtaip-2015' });
    const { rules: _rules, gate: _gate, ...rest } = current;
    const v1 = {
      ...rest,
      schemaVersion: 1,
      criteria: rest.criteria.map((c) => ({ ...c, checks: c.checks.map(({ essential: _e, effort: _f, ...check }) => check) })),
      recommendations: rest.recommendations.map(({ gain: _g, effort: _f, ...rec }) => rec),
    };
    const loaded = fromJson(JSON.stringify(v1));
    expect(loaded.schemaVersion).toBe(1);
    expect(toHtml(loaded)).toContain('LGTAIP 2015 (reglas anteriores a los conjuntos versionados)');
    const again = rescore(loaded, { reviews: [{ checkId: 'demand-review', answer: 'si', answeredAt: '2026-06-16T00:00:00.000Z' }] });
    expect(again.rules).toBeUndefined();
    expect(again.score).toBeGreaterThan(loaded.score!);
    // Re-scoring a version 1 report keeps the criterion weights it was made with.
    expect(again.criteria.map((c) => c.weight)).toEqual(loaded.criteria.map((c) => c.weight));
  });
});

describe('the badge’s view of a report', () => {
  it('accepts every report the core makes (2015, 2025 and overlay rules, gated or not)', async () => {
    const { ReportScoreView } = await import('../../../core/schemas/score-view.js');
    for (const rules of ['mx-lgtaip-2015', 'mx-lgtaip-2025', 'mx-cdmx-2025', 'mx-jalisco-2025']) {
      const report = JSON.parse(JSON.stringify(audit(PAGE, { rules })));
      const view = ReportScoreView.safeParse(report);
      expect(view.success, rules).toBe(true);
      expect(view.data).toMatchObject({ score: report.score, band: report.band, rules: { id: rules } });
    }
  });
});
