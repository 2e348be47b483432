import { AuditRules } from '../../../core/schemas/index.js';

/**
 * The rule set a stored report names (id, version, hash), or null when it names none (reports
 * made before rule sets, schemaVersion 1) or what it names is not a valid reference.
 */
export function auditRulesOf(report: unknown): AuditRules | null {
  const rules = (report as { rules?: unknown } | null)?.rules;
  const parsed = AuditRules.safeParse(rules);
  return parsed.success ? parsed.data : null;
}
