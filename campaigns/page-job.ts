import { z } from 'zod';

/** One page of one campaign to audit: the pg-boss job's data. */
export const PageJob = z.object({
  campaignId: z.string().min(1),
  siteId: z.string().min(1),
  url: z.url(),
  depth: z.number().int().min(0),
  /** 1 for the first try; raised when a page is rescheduled after a network error, 429 or 503. */
  attempt: z.number().int().min(1).default(1),
  /** The site's first start page also reads its sitemaps. */
  sitemap: z.boolean().default(false),
});
export type PageJob = z.infer<typeof PageJob>;
export type PageJobInput = z.input<typeof PageJob>;
