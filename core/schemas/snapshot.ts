import { z } from 'zod';
import { DownloadInspection } from '../resources/inspection.js';

/** HEAD metadata for a linked resource, gathered by an adapter (extension or CLI) when allowed. */
export const ResourceHead = z.object({
  status: z.number().int().min(0).max(999),
  ok: z.boolean(),
  contentType: z.string().max(300).optional(),
  size: z.number().int().min(0).optional(),
  lastModified: z.string().max(100).optional(),
  error: z.string().max(500).optional(),
});
export type ResourceHead = z.infer<typeof ResourceHead>;

export const LinkedResource = z.object({
  url: z.string().max(4_096),
  head: ResourceHead.optional(),
  /** Set only when the adapter read the file (opt-in `--inspect-downloads`). */
  inspection: DownloadInspection.optional(),
});
export type LinkedResource = z.infer<typeof LinkedResource>;

/** Accessibility engine results (axe-core in the browser), reduced to what the core scores. */
export const AccessibilityViolation = z.object({
  id: z.string(),
  impact: z.enum(['minor', 'moderate', 'serious', 'critical']).nullable().optional(),
  help: z.string().max(500),
  helpUrl: z.string().max(500).optional(),
  nodes: z.array(z.object({ target: z.string().max(2_000), html: z.string().max(500).optional() })).max(50),
});
export type AccessibilityViolation = z.infer<typeof AccessibilityViolation>;

export const AccessibilityResults = z.object({
  engine: z.string(),
  version: z.string().optional(),
  standard: z.string().default('WCAG 2.1 A/AA'),
  violations: z.array(AccessibilityViolation),
  passes: z.number().int().min(0),
  incomplete: z.number().int().min(0),
});
export type AccessibilityResults = z.infer<typeof AccessibilityResults>;

export const HttpMetadata = z.object({
  status: z.number().int().optional(),
  contentType: z.string().optional(),
  lastModified: z.string().optional(),
  headers: z.record(z.string(), z.string()).default({}),
  bytes: z.number().int().min(0).optional(),
});
export type HttpMetadata = z.infer<typeof HttpMetadata>;

/**
 * The minimal DOM surface the core reads. Browsers, linkedom and happy-dom all provide it.
 * The core never touches globals: the document arrives here.
 */
export type DocumentLike = Document;

const isDocumentLike = (value: unknown): value is DocumentLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { querySelectorAll?: unknown }).querySelectorAll === 'function' &&
  typeof (value as { createElement?: unknown }).createElement === 'function';

export const PageSnapshot = z.object({
  url: z.string().url().max(4_096),
  fetchedAt: z.iso.datetime(),
  document: z.custom<DocumentLike>(isDocumentLike, { message: 'document must be a DOM Document' }),
  http: HttpMetadata.default({ headers: {} }),
  resources: z.array(LinkedResource).default([]),
  accessibility: AccessibilityResults.optional(),
  /** Set by an adapter that had to cut the input (bytes) before parsing. */
  truncatedInput: z.array(z.string()).default([]),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;
export type PageSnapshotInput = z.input<typeof PageSnapshot>;
