import type { ReviewAnswer } from '../../core/index.js';
import type { AuditRunOptions } from '../messaging/protocol.js';
import { profileOf, rulesOf, type Settings } from '../settings/settings.js';

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
    headChecks: settings.headChecks.enabled ? settings.headChecks : null,
    budgetMs: 5_000,
    axeTimeoutMs: Math.max(1_000, Math.floor(settings.auditTimeoutMs / 2)),
  };
}
