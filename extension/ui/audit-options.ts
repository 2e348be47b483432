import type { ReviewAnswer } from '../../core/index.js';
import type { AuditRunOptions } from '../messaging/protocol.js';
import { HeadChecks, profileOf, rulesOf, type Settings } from '../settings/settings.js';

/**
 * The options of an interactive audit, from the settings (and the answers given so far). `asOf`
 * overrides the settings' verification date ('' = today), `rules` the settings' rule-set choice.
 */
export function auditOptions(settings: Settings, reviews: readonly ReviewAnswer[] = [], asOf: string = settings.asOf, rules: string = settings.rules): AuditRunOptions {
  const ruleSet = rulesOf(rules, settings);
  return {
    ...(asOf ? { asOf } : {}),
    ...(ruleSet ? { rules: ruleSet } : {}),
    profile: profileOf(settings),
    reviews: [...reviews],
    axe: settings.axe,
    // Inspecting downloads reads them, which is more than a HEAD check: either turns the step on.
    headChecks: settings.headChecks.enabled || settings.headChecks.inspect ? { ...settings.headChecks, enabled: true } : null,
    budgetMs: 5_000,
    axeTimeoutMs: Math.max(1_000, Math.floor(settings.auditTimeoutMs / 2)),
  };
}

/**
 * A batch's download step: the settings' HEAD checks with «Inspeccionar descargas» as chosen for
 * this batch (turning it on where HEAD checks are off uses the default limits).
 */
export function batchHeadChecks(headChecks: AuditRunOptions['headChecks'], inspect: boolean): AuditRunOptions['headChecks'] {
  if (headChecks) return { ...headChecks, inspect };
  return inspect ? HeadChecks.parse({ inspect: true }) : null;
}
