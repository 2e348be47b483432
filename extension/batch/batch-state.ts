import { z } from 'zod';
import { Band, CriterionId } from '../../core/schemas/index.js';

/** What a batch audits: a pasted list of URLs, or one site crawled from a start page. */
export const BatchSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('list'), urls: z.array(z.string().max(4_096)).min(1).max(2_000) }),
  z.object({ kind: z.literal('crawl'), seed: z.url({ protocol: /^https?$/ }).max(4_096) }),
]);
export type BatchSource = z.infer<typeof BatchSource>;

export const BatchStatus = z.enum(['running', 'paused', 'done', 'cancelled', 'interrupted']);
export type BatchStatus = z.infer<typeof BatchStatus>;

/** One audited (or failed) page of a batch: enough for the results table and the CSV. */
export const BatchRow = z.object({
  url: z.string().max(4_096),
  depth: z.number().int().min(0),
  ok: z.boolean(),
  error: z.string().max(500).optional(),
  title: z.string().max(500).default(''),
  score: z.number().min(0).max(100).nullable(),
  band: Band.nullable(),
  coverage: z.number().min(0).max(1),
  truncated: z.boolean(),
  criteria: z.partialRecord(CriterionId, z.number().min(0).max(100).nullable()).default({}),
  /** Key of the saved report in the history store. */
  auditId: z.string().optional(),
});
export type BatchRow = z.infer<typeof BatchRow>;

/** The whole state of a batch, broadcast on every step and saved so a reopened panel finds it. */
export const BatchSnapshot = z.object({
  batchId: z.string().min(1).max(100),
  source: BatchSource,
  status: BatchStatus,
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Pages known so far (grows while crawling, capped by maxPages). */
  total: z.number().int().min(0),
  done: z.number().int().min(0),
  failed: z.number().int().min(0),
  inFlight: z.array(z.string().max(4_096)).max(10),
  rows: z.array(BatchRow).max(2_000),
});
export type BatchSnapshot = z.infer<typeof BatchSnapshot>;

export const isFinished = (status: BatchStatus): boolean => status === 'done' || status === 'cancelled' || status === 'interrupted';
