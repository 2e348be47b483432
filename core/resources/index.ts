/** Resources (datasets and documents) as audit inputs: pure profiling and scoring. Readers live in core/node/resources. */
export * from './schema.js';
export { auditResource, type ResourceAuditOptions } from './audit-resource.js';
export { RESOURCE_CHECKS, type ResourceCheck, type ResourceContext } from './checks/index.js';
export { createTableProfiler, countHeaderRows, type TableProfiler } from './table-profiler.js';
export { cellDate, cellType } from './cell-types.js';
export { declaredKind, extensionOf, isResourceName, sniffKind } from './sniff.js';
export { resourceStars } from './stars.js';
export { DownloadInspection, effectiveContentType, inspectionOf } from './inspection.js';
