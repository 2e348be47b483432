import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '@wxt-dev/browser';
import { rescore } from '../../../core/audit.js';
import { scrubPii } from '../../../core/privacy/index.js';
import { ReviewAck, type Claim, type ReviewAnswer, type ReviewAnswerValue } from '../../../core/schemas/index.js';
import type { Settings } from '../../settings/settings.js';
import { claimPage, releasePage, VerificationError } from '../../verification/api.js';
import { reviewDelivery } from '../../verification/outbox.js';
import { sendToTab } from '../../messaging/channel.js';
import { ensureAuditor } from '../tab-audit.js';
import { formatDate, formatScore } from '../format.js';
import { useI18n } from '../i18n.js';
import { CriterionList } from './CriterionList.js';
import { ReviewPanel } from './ReviewPanel.js';
import { ScoreSummary } from './ScoreSummary.js';

/** Draws the evidence in the page's tab (the auditor injected on demand) and brings the tab to the front; resolves how many were found. */
async function showInTab(tabId: number, selectors: string[], label: string): Promise<number> {
  await ensureAuditor(tabId, 5_000);
  const result = await sendToTab(tabId, 'highlight', { selectors, labels: selectors.map(() => label), scroll: true }, 5_000);
  await browser.tabs.update(tabId, { active: true });
  return result.found;
}

/** Renewed this often while the page stays open (the lease lasts 30 min by default). */
const RENEW_MS = 10 * 60_000;

interface Props {
  claim: Claim;
  settings: Settings;
  /** The browser tab the page was opened in. */
  tabId: number | null;
  /** Host access to that tab was granted: evidence can be highlighted there. */
  canHighlight: boolean;
  onBack: () => void;
  onStatus: (text: string) => void;
}

const answersOf = (claim: Claim): ReviewAnswer[] => claim.report.criteria.flatMap((c) => c.checks.flatMap((k) => (k.review ? [k.review] : [])));
const same = (a: ReviewAnswer | undefined, b: ReviewAnswer) => a !== undefined && a.answer === b.answer && (a.note ?? '') === (b.note ?? '');

/**
 * A claimed campaign page: its stored report re-scored as the auditor answers (the core's
 * rescore, the side panel's review form), its automatic results and evidence, and the answers
 * sent to the campaign through the outbox. The lease is renewed while the page stays open.
 */
export function ClaimedPage({ claim: initial, settings, tabId, canHighlight, onBack, onStatus }: Props) {
  const { t, locale } = useI18n();
  const [claim, setClaim] = useState(initial);
  const [reviews, setReviews] = useState<ReviewAnswer[]>(() => answersOf(initial));
  /** The answers as the campaign has them (or will, once the outbox delivers). */
  const [sent, setSent] = useState<ReviewAnswer[]>(() => answersOf(initial));
  const [outboxId, setOutboxId] = useState<string | null>(null);
  const report = useMemo(() => rescore(claim.report, { reviews }), [claim.report, reviews]);
  const others = [...new Set(answersOf(claim).map((a) => a.reviewer).filter((name): name is string => Boolean(name)))];
  const collector = settings.collector;

  useEffect(() => {
    const timer = setInterval(() => {
      void claimPage(collector, claim.campaignId, claim.page).then(
        (renewed) => setClaim((current) => ({ ...current, lease: renewed.lease })),
        (error: unknown) => onStatus(t('vqTaken', error instanceof Error ? error.message : String(error))),
      );
    }, RENEW_MS);
    return () => clearInterval(timer);
  }, [collector, claim.campaignId, claim.page]);

  useEffect(() => {
    if (outboxId === null) return;
    let stop = () => {};
    void reviewDelivery().then((delivery) => {
      stop = delivery.subscribe((event) => {
        if (event.id !== outboxId) return;
        if (event.type === 'delivered') {
          const ack = ReviewAck.safeParse(event.ack);
          onStatus(ack.success ? t('vqDelivered', formatScore(ack.data.score), ack.data.pending) : t('vqDelivered', '—', '—'));
        } else if (event.type === 'rejected') onStatus(t('vqRejected', event.reason.message));
        else if (event.type === 'retry') onStatus(t('vqRetrying', event.error));
      });
    });
    return () => stop();
  }, [outboxId]);

  const answer = (checkId: string, value: ReviewAnswerValue | null, rawNote: string) => {
    const scrubbed = scrubPii(rawNote.trim(), settings.locale);
    setReviews((current) => {
      const rest = current.filter((r) => r.checkId !== checkId);
      if (value === null) return rest;
      return [...rest, { checkId, answer: value, answeredAt: new Date().toISOString(), ...(scrubbed.text ? { note: scrubbed.text.slice(0, 2_000) } : {}) }];
    });
    onStatus(scrubbed.total > 0 ? t('noteScrubbed', scrubbed.total) : t('reviewSaved'));
  };

  // «Mostrar en la página»: the page's tab comes to the front with the evidence drawn over it.
  const onShow = useMemo(() => {
    if (tabId === null || !canHighlight) return undefined;
    return (selectors: string[], label: string) =>
      void showInTab(tabId, selectors, label).then(
        (found) => onStatus(found > 0 ? t('highlightShown', found) : t('highlightMissing')),
        () => onStatus(t('highlightFailed')),
      );
  }, [tabId, canHighlight, t]);

  const send = async () => {
    const byCheck = new Map(sent.map((a) => [a.checkId, a]));
    const current = new Set(reviews.map((a) => a.checkId));
    const changed = reviews.filter((a) => !same(byCheck.get(a.checkId), a));
    // «Sin responder» on a question the campaign has an answer for withdraws that answer.
    const withdrawn = sent.filter((a) => !current.has(a.checkId));
    if (changed.length + withdrawn.length === 0) return onStatus(t('vqNothingToSend'));
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const submission = {
      id,
      page: claim.page,
      seenOthers: claim.seenOthers,
      answers: [
        ...changed.map((a) => ({ checkId: a.checkId, answer: a.answer, answeredAt: a.answeredAt, ...(a.note ? { note: a.note } : {}) })),
        ...withdrawn.map((a) => ({ checkId: a.checkId, answer: null, answeredAt: now })),
      ],
    };
    const delivery = await reviewDelivery();
    setOutboxId(id);
    setSent(reviews);
    onStatus(t('vqQueued', submission.answers.length));
    await delivery.submit(submission, { collectorUrl: collector.url, campaignId: claim.campaignId, token: collector.auditorToken });
  };

  const release = async () => {
    try {
      await releasePage(collector, claim.campaignId, claim.page);
      onStatus(t('vqReleased'));
      onBack();
    } catch (error) {
      onStatus(error instanceof VerificationError ? error.message : String(error));
    }
  };

  return (
    <section aria-labelledby="claimed-heading" data-testid="claimed-page">
      <h2 id="claimed-heading" class="wrap">
        <span class="mono">{claim.page}</span>
      </h2>
      <p class="muted" data-testid="lease">
        {t('vqLease', formatDate(claim.lease.expiresAt, locale))}
      </p>
      {others.length > 0 ? <p class="notice info">{t('vqEarlierAnswers', others.join(', '))}</p> : null}
      <div class="toolbar" role="group" aria-label={t('reportActions')}>
        <button type="button" onClick={onBack}>
          {t('vqBack')}
        </button>
        {tabId !== null ? (
          <button type="button" onClick={() => void browser.tabs.update(tabId, { active: true })}>
            {t('vqShowTab')}
          </button>
        ) : null}
        <button type="button" onClick={() => void release()}>
          {t('vqRelease')}
        </button>
      </div>
      <ScoreSummary report={report} />
      <p class="muted">{t('vqReviewHint')}</p>
      <ReviewPanel report={report} reviews={reviews} onAnswer={answer} onShow={onShow} />
      <div class="toolbar">
        <button type="button" class="primary" onClick={() => void send()} data-testid="send-answers">
          {t('vqSend')}
        </button>
      </div>
      <h2>{t('vqStoredResults')}</h2>
      <CriterionList report={report} onShow={onShow} />
    </section>
  );
}
