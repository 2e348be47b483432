import * as z from 'zod/mini';
import { FEEDBACK_REASONS } from './limits.js';

/**
 * Public aggregate for one page, as served by GET /v1/summary. Written with zod/mini, which shares
 * zod's core, so that <proactiva-summary> validates what it reads without bundling full zod
 * (issue 11); Node code parses with it the same way (`.parse`, `.safeParse`, `z.infer`).
 */
const Count = z.int().check(z.minimum(0));

export const FeedbackSummary = z.object({
  page: z.string(),
  total: Count,
  useful: Count,
  usefulRate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  reasons: z.array(z.object({ reason: z.enum(FEEDBACK_REASONS), count: Count })),
  updatedAt: z.nullable(z.iso.datetime()),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;
