import type { Kysely, Transaction } from 'kysely';
import { rescore } from '../../core/audit.js';
import { AuditReport, type Auditor, type ReviewAck, type ReviewAnswer, type ReviewSubmission } from '../../core/schemas/index.js';
import { criterionScores } from '../../widgets/collector/store/audits.js';
import { pendingReviewChecks } from '../pending-reviews.js';
import type { CampaignDatabase } from '../tables.js';
import { CampaignPageNotFoundError, PageChangedError, UnknownReviewCheckError } from './errors.js';
import { takeLease } from './lease.js';

export interface AnswerRequest {
  campaignId: string;
  auditor: Auditor;
  submission: ReviewSubmission;
  now: Date;
  leaseMs: number;
  /** PostgreSQL locks the page's result row for the transaction (SQLite serialises writers anyway). */
  engine: 'sqlite' | 'postgres';
}

/** How a withdrawn answer is stored (the column holds the answer given otherwise). */
export const WITHDRAWN = 'withdrawn';

/** Every stored answer of a page, the latest per check (by answeredAt, then arrival), as the core takes them; a withdrawal removes the check's answer. */
async function currentAnswers(trx: Transaction<CampaignDatabase>, campaignId: string, page: string): Promise<ReviewAnswer[]> {
  const rows = await trx
    .selectFrom('campaign_review')
    .select(['check_id', 'answer', 'note', 'auditor_name', 'answered_at'])
    .where('campaign_id', '=', campaignId)
    .where('page_url', '=', page)
    .orderBy('answered_at')
    .orderBy('received_at')
    .orderBy('submission_id')
    .execute();
  const latest = new Map<string, ReviewAnswer>();
  for (const row of rows) {
    if (row.answer === WITHDRAWN) {
      latest.delete(row.check_id);
      continue;
    }
    latest.set(row.check_id, {
      checkId: row.check_id,
      answer: row.answer as ReviewAnswer['answer'],
      ...(row.note ? { note: row.note } : {}),
      reviewer: row.auditor_name,
      answeredAt: row.answered_at,
    });
  }
  return [...latest.values()];
}

/**
 * Stores an auditor's answers to a campaign page and re-scores its report with the core's own
 * `rescore`, in one transaction: the campaign's result row (score, band, criteria, report, pending
 * count) is what the campaign view and ranking read. Idempotent on the submission's uuid. Refused
 * (PageTakenError) while another auditor's lease is live, and (PageChangedError) when another
 * auditor answered after the claim the submission was made under.
 */
export async function answerPage(db: Kysely<CampaignDatabase>, request: AnswerRequest): Promise<ReviewAck> {
  const { campaignId, auditor, submission, now } = request;
  const page = submission.page;
  return db.transaction().execute(async (trx) => {
    let resultQuery = trx.selectFrom('campaign_result').select(['report', 'score', 'band', 'pending_reviews']).where('campaign_id', '=', campaignId).where('page_url', '=', page);
    if (request.engine === 'postgres') resultQuery = resultQuery.forUpdate();
    const result = await resultQuery.executeTakeFirst();
    if (!result) throw new CampaignPageNotFoundError(campaignId, page);
    const ack = (stored: boolean, row: { score: number | null; band: string | null; pending_reviews: number }): ReviewAck => ({
      id: submission.id,
      stored,
      page,
      score: row.score === null ? null : Number(row.score),
      band: row.band,
      pending: Number(row.pending_reviews),
    });

    const already = await trx.selectFrom('campaign_review').select('submission_id').where('submission_id', '=', submission.id).executeTakeFirst();
    if (already) return ack(false, result);

    await takeLease(trx, { campaignId, page, auditor, now, leaseMs: request.leaseMs });
    const others = await trx
      .selectFrom('campaign_review')
      .select(['submission_id', 'auditor_name', 'received_at'])
      .where('campaign_id', '=', campaignId)
      .where('page_url', '=', page)
      .where('auditor_id', '!=', auditor.id)
      .execute();
    const otherSubmissions = new Set(others.map((o) => o.submission_id));
    if (otherSubmissions.size > submission.seenOthers) {
      const names = [...new Set(others.map((o) => o.auditor_name))].sort();
      throw new PageChangedError(names, others.map((o) => o.received_at).sort().at(-1)!);
    }

    const report = AuditReport.parse(JSON.parse(result.report));
    const reviewChecks = new Set(report.criteria.flatMap((c) => c.checks).filter((c) => c.mode === 'review').map((c) => c.id));
    submission.answers.forEach((a, index) => {
      if (!reviewChecks.has(a.checkId)) throw new UnknownReviewCheckError(index, a.checkId);
    });

    const receivedAt = now.toISOString();
    const inserted = await trx
      .insertInto('campaign_review')
      .values(
        submission.answers.map((a) => ({
          submission_id: submission.id,
          check_id: a.checkId,
          campaign_id: campaignId,
          page_url: page,
          auditor_id: auditor.id,
          auditor_name: auditor.name,
          answer: a.answer ?? WITHDRAWN,
          note: a.note ?? null,
          answered_at: new Date(a.answeredAt).toISOString(),
          received_at: receivedAt,
        })),
      )
      .onConflict((oc) => oc.columns(['submission_id', 'check_id']).doNothing())
      .executeTakeFirst();

    const rescored = rescore(report, { reviews: await currentAnswers(trx, campaignId, page) });
    const row = { score: rescored.score, band: rescored.band, pending_reviews: pendingReviewChecks(rescored).length };
    await trx
      .updateTable('campaign_result')
      .set({ ...row, criteria: JSON.stringify(criterionScores(rescored)), report: JSON.stringify(rescored) })
      .where('campaign_id', '=', campaignId)
      .where('page_url', '=', page)
      .execute();
    return ack(Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0, row);
  });
}

/** Who answered each page of a campaign (names, alphabetical) and when last, for the pages given. */
export async function pageReviewers(db: Kysely<CampaignDatabase>, campaignId: string, siteId: string): Promise<Map<string, { names: string[]; lastAnsweredAt: string }>> {
  const rows = await db
    .selectFrom('campaign_review as v')
    .innerJoin('campaign_result as r', (join) => join.onRef('r.campaign_id', '=', 'v.campaign_id').onRef('r.page_url', '=', 'v.page_url'))
    .select((eb) => ['v.page_url', 'v.auditor_name', eb.fn.max('v.received_at').as('last')])
    .where('v.campaign_id', '=', campaignId)
    .where('r.site_id', '=', siteId)
    .where('v.answer', '!=', WITHDRAWN)
    .groupBy(['v.page_url', 'v.auditor_name'])
    .execute();
  const byPage = new Map<string, { names: string[]; lastAnsweredAt: string }>();
  for (const row of rows) {
    const entry = byPage.get(row.page_url) ?? { names: [], lastAnsweredAt: row.last };
    entry.names.push(row.auditor_name);
    entry.names.sort((a, b) => a.localeCompare(b, 'es'));
    if (row.last > entry.lastAnsweredAt) entry.lastAnsweredAt = row.last;
    byPage.set(row.page_url, entry);
  }
  return byPage;
}
