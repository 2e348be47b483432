import * as z from 'zod/mini';

/**
 * What <proactiva-score> reads from an AuditReport: the score, band, page and date. Written with
 * zod/mini (as the public summary is) so the badge validates what it shows without bundling full
 * zod and the whole report schema; every valid AuditReport passes it (a test keeps them in step).
 */
export const ReportScoreView = z.object({
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  tool: z.object({ name: z.literal('proactiva'), version: z.string() }),
  url: z.string(),
  title: z.string().check(z.maxLength(500)),
  auditedAt: z.iso.datetime(),
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  band: z.nullable(z.enum(['insuficiente', 'en-desarrollo', 'proactiva'])),
  rules: z.optional(z.object({ id: z.string(), version: z.string() })),
});
export type ReportScoreView = z.infer<typeof ReportScoreView>;
