import type { CheckMeta, CheckResult, LocalizedText } from '../schemas/index.js';
import type { CheckRule, ParamValue, ResolvedRuleSet, RulesRef } from './schema.js';

const PLACEHOLDER = /\{([a-zA-Z]+)(%?)\}/g;

/** Fills a text's {name} (value) and {name%} (share as a percentage) from a check's parameters. */
export function fillParams(text: LocalizedText, params: Readonly<Record<string, ParamValue>>): LocalizedText {
  const fill = (s: string) =>
    s.replace(PLACEHOLDER, (whole, name: string, percent: string) => {
      const value = params[name];
      if (typeof value !== 'number') return whole;
      return percent ? `${Math.round(value * 1000) / 10} %` : String(value);
    });
  return { es: fill(text.es), en: fill(text.en) };
}

/** The part of a check's result that comes from its metadata and its rule (everything but the outcome). */
export type CheckResultHead = Omit<CheckResult, 'status' | 'score' | 'evidence'>;

export function checkResultHead(meta: CheckMeta, rule: CheckRule): CheckResultHead {
  const text = (t: LocalizedText) => fillParams(t, rule.params);
  return {
    id: meta.id,
    criterion: meta.criterion,
    mode: meta.mode,
    weight: rule.weight,
    title: text(meta.title),
    failureTitle: text(meta.failureTitle),
    description: text(meta.description),
    help: text(meta.help),
    recommendation: { ...rule.recommendation, rule: rule.reference },
    effort: rule.effort,
    ...(rule.essential ? { essential: true as const } : {}),
    ...(meta.question ? { question: text(meta.question) } : {}),
    ...(meta.guidance ? { guidance: text(meta.guidance) } : {}),
  };
}

/** What a report records about its rule set. */
export function rulesRef(rules: ResolvedRuleSet): RulesRef {
  return {
    id: rules.id,
    version: rules.version,
    hash: rules.hash,
    title: rules.title,
    ...(rules.base ? { base: rules.base } : {}),
    criterionWeights: rules.criterionWeights,
  };
}
