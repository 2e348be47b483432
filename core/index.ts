/** Proactiva core: pure, isomorphic scoring of a page against the Decálogo de Transparencia Proactiva. */
export * from './schemas/index.js';
export { audit, rescore, type AuditOptions } from './audit.js';
export { AuditInputError } from './errors.js';
export { CRITERIA, criterionMeta, type CriterionMeta } from './criteria.js';
export { ALL_CHECKS, CHECKS_BY_CRITERION, findCheck, type Check } from './checks/index.js';
export { DEFAULT_BUDGET, type AuditBudget, type AuditContext } from './context.js';
export { bandFor, BAND_LABELS } from './scoring/band.js';
export { fixFirst, type FixFirstItem } from './scoring/fix-first.js';
export { VERSION } from './version.js';
export * from './privacy/index.js';
export * from './rules/index.js';
