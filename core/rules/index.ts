/** Rule sets: which checks run, their weights, thresholds, legal references and gates, as versioned data. */
export {
  BaseRuleSet,
  CheckRule,
  CheckRulePatch,
  EFFORT_COST,
  OverlayRuleSet,
  ResolvedRuleSet,
  RuleSetFile,
  RulesRef,
  type RuleSetFileInput,
} from './schema.js';
export { RuleSetError } from './errors.js';
export { canonicalJson, contentHash } from './hash.js';
export { builtInRuleSet, builtInRuleSets, defaultRuleSet, KNOWN_CHECKS, resolveRuleSetFile, ruleSetFrom } from './registry.js';
export { diffRuleSets, type RuleSetDiff } from './diff.js';
