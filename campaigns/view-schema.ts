/**
 * The collector's campaign answers (docs/collector-api.md) as zod schemas, for clients that read
 * them (the tablero validates every answer before it renders it). Shapes: campaign-view.ts,
 * campaign-results.ts.
 */
import { z } from 'zod';
import { Band } from '../core/schemas/report.js';

const Criteria = z.record(z.string(), z.number().nullable());
const Status = z.enum(['created', 'running', 'paused', 'cancelled']);

export const CampaignList = z.object({
  campaigns: z.array(z.object({ id: z.string(), name: z.string(), status: Status, createdAt: z.string() })),
});
export type CampaignSummary = z.infer<typeof CampaignList>['campaigns'][number];

export const RankedSite = z.object({
  siteId: z.string(),
  name: z.string(),
  ambito: z.string(),
  entidad: z.string(),
  pages: z.number(),
  audited: z.number(),
  coverage: z.number(),
  score: z.number().nullable(),
  band: Band.nullable(),
  criteria: Criteria,
});
export type RankedSite = z.infer<typeof RankedSite>;

const Profile = z.object({ group: z.string(), sites: z.number(), score: z.number().nullable(), criteria: Criteria });
export type GroupProfile = z.infer<typeof Profile>;

export const Variation = z.object({ siteId: z.string(), name: z.string(), previous: z.number(), current: z.number(), rate: z.number().nullable() });
export type Variation = z.infer<typeof Variation>;

export const CampaignViewAnswer = z.object({
  id: z.string(),
  name: z.string(),
  status: Status,
  createdAt: z.string(),
  asOf: z.string().nullable(),
  pages: z.object({ queued: z.number(), done: z.number(), failed: z.number(), duplicate: z.number(), excluded: z.number(), cancelled: z.number() }),
  ranking: z.array(RankedSite),
  distribution: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
  byAmbito: z.array(Profile),
  byEntidad: z.array(Profile),
  variation: z.array(Variation).optional(),
});
export type CampaignViewAnswer = z.infer<typeof CampaignViewAnswer>;

export const CampaignPageList = z.object({
  campaign: z.string(),
  site: z.string(),
  pages: z.array(
    z.object({
      pageUrl: z.string(),
      finalUrl: z.string(),
      auditedAt: z.string(),
      score: z.number().nullable(),
      band: Band.nullable(),
      criteria: Criteria,
      /** The verification queue (issue 12): review checks still unanswered, who answered them and when last. */
      pendingReviews: z.number().int().min(0),
      reviewedBy: z.array(z.string()),
      reviewedAt: z.string().nullable(),
    }),
  ),
});
export type CampaignPage = z.infer<typeof CampaignPageList>['pages'][number];
