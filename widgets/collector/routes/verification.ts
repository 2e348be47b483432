import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ClaimRequest, ReviewSubmission, SiteId, type Auditor } from '../../../core/schemas/index.js';
import { authenticateVerifier } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import type { AppEnv, Deps } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { parseQuery } from '../http/query.js';
import { REVIEW_MAX_BYTES, SMALL_BODY_MAX_BYTES } from '../options.js';
import { CampaignPageNotFoundError, PageChangedError, PageTakenError, UnknownReviewCheckError } from '../store/index.js';
import { parseInput } from '../validation.js';

const CampaignId = z.string().min(1).max(100);
const QueueQuery = z.object({ site: SiteId.optional() });

/**
 * The campaigns' verification queue (issue 12), for named auditors (tokens the garante issues):
 * GET /v1/auditors/me says who the token is and which campaigns wait for review;
 * GET /v1/campaigns/:id/queue lists pages with unanswered review checks by sujeto obligado and who
 * holds each; POST /v1/campaigns/:id/claims takes (or renews) a page's lease and gives its stored
 * report; DELETE /v1/campaigns/:id/claims?page= gives it back; POST /v1/campaigns/:id/answers
 * stores answers (idempotent on the client's uuid) and re-scores the page. The garante's token
 * reads the queue; only an auditor's takes and answers pages. 409 `page_taken` names who holds the
 * page and until when; 409 `page_changed` says another auditor answered it meanwhile.
 */
export function verificationRoutes(app: Hono<AppEnv>, deps: Deps): void {
  const verifier = async (c: Context<AppEnv>) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const who = await authenticateVerifier(c, deps.store, deps.adminTokenHash);
    c.header('Cache-Control', 'private, no-store');
    return who;
  };
  const auditorOnly = async (c: Context<AppEnv>): Promise<Auditor> => {
    const who = await verifier(c);
    if (who.admin) throw new HttpError(403, 'auditor_only');
    return who.auditor;
  };
  const campaignId = (c: Context<AppEnv>): string => {
    const id = CampaignId.safeParse(c.req.param('id'));
    if (!id.success) throw new HttpError(400, 'invalid_field', 'id', { detail: id.error.issues[0]?.message ?? '' });
    return id.data;
  };
  /** The store's refusals as HTTP answers. */
  const refused = (error: unknown, id: string): never => {
    if (error instanceof PageTakenError) {
      const { holder } = error;
      throw new HttpError(409, 'page_taken', 'page', { auditor: holder.auditor.name, until: holder.expiresAt }, {}, { holder });
    }
    if (error instanceof PageChangedError) throw new HttpError(409, 'page_changed', 'page', { auditors: error.by.join(', ') }, {}, { answeredBy: error.by, answeredAt: error.at });
    if (error instanceof CampaignPageNotFoundError) throw new HttpError(404, 'campaign_result_not_found', 'page', { campaign: id });
    if (error instanceof UnknownReviewCheckError) throw new HttpError(400, 'not_a_review_check', `answers.${error.index}.checkId`, { check: error.checkId });
    throw error;
  };

  app.get('/v1/auditors/me', async (c) => {
    const who = await verifier(c);
    const auditor = who.admin ? { id: 'garante', name: 'Organismo garante' } : who.auditor;
    return c.json({ auditor, campaigns: await deps.store.campaignsToReview() });
  });

  app.get('/v1/campaigns/:id/queue', async (c) => {
    await verifier(c);
    const id = campaignId(c);
    const query = parseQuery(c, QueueQuery);
    const queue = await deps.store.verificationQueue(id, { site: query.site });
    if (!queue) throw new HttpError(404, 'campaign_not_found', 'id', { campaign: id });
    return c.json(queue);
  });

  app.post('/v1/campaigns/:id/claims', async (c) => {
    const auditor = await auditorOnly(c);
    const id = campaignId(c);
    const body = parseInput(ClaimRequest, await readJsonBody(c, SMALL_BODY_MAX_BYTES), undefined, c.get('locale'));
    try {
      return c.json(await deps.store.claimCampaignPage(id, body.page, auditor, { leaseMs: deps.leaseMs }));
    } catch (error) {
      return refused(error, id);
    }
  });

  app.delete('/v1/campaigns/:id/claims', async (c) => {
    const auditor = await auditorOnly(c);
    const id = campaignId(c);
    const query = parseQuery(c, ClaimRequest);
    return c.json({ released: await deps.store.releaseCampaignPage(id, query.page, auditor) });
  });

  app.post('/v1/campaigns/:id/answers', async (c) => {
    const auditor = await auditorOnly(c);
    const id = campaignId(c);
    const body = parseInput(ReviewSubmission, await readJsonBody(c, REVIEW_MAX_BYTES), undefined, c.get('locale'));
    try {
      const ack = await deps.store.answerCampaignPage(id, auditor, body, { leaseMs: deps.leaseMs });
      return c.json(ack, ack.stored ? 201 : 200);
    } catch (error) {
      return refused(error, id);
    }
  });
}
