import type { AuditReport, LocalizedText } from '../../../core/index.js';
import type { AuditTimings } from '../../messaging/protocol.js';
import { useI18n } from '../i18n.js';
import { formatDate, formatDay, formatMs, formatPercent, formatScore } from '../format.js';
import { BandPill, ScoreDial } from './ScoreDial.js';

interface Props {
  report: AuditReport;
  timings?: AuditTimings | null;
  /** Why the report is not a live audit of the open page (imported, from history, served HTML). */
  origin?: string | null;
}

const failureTitle = (report: AuditReport, id: string, l: (text: LocalizedText) => string): string => {
  const check = report.criteria.flatMap((c) => c.checks).find((c) => c.id === id);
  return check ? l(check.failureTitle) : id;
};

/** Overall score, band, coverage and the two sub-scores, the rules and the essential gate; partial audits say so and why. */
export function ScoreSummary({ report, timings, origin }: Props) {
  const { t, l, locale } = useI18n();
  const pending = report.criteria.reduce((n, c) => n + c.checks.filter((k) => k.mode === 'review' && !k.review).length, 0);
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="visually-hidden">
        {t('summaryHeading')}
      </h2>
      <div class="summary">
        <ScoreDial score={report.score} band={report.band} />
        <div>
          <p>
            <strong>{t('overallScore')}</strong>: <span data-testid="overall-value">{formatScore(report.score)}</span> <BandPill band={report.band} />
          </p>
          <p class="muted">
            {t('coverageLine', formatPercent(report.coverage, locale))}
            {pending > 0 ? ` · ${t('pendingReviews', pending)}` : ''}
          </p>
          <div class="subscores">
            <span>
              {t('qualityScore')}: <strong data-testid="quality-score">{formatScore(report.subscores.quality)}</strong>
            </span>
            <span>
              {t('proactivityScore')}: <strong data-testid="proactivity-score">{formatScore(report.subscores.proactivity)}</strong>
            </span>
          </div>
        </div>
      </div>
      {origin ? (
        // Not the open page (history, import, served HTML): say which page it is.
        <p class="muted wrap">
          <span class="target-title">{report.title || t('untitledPage')}</span> — <span class="mono">{report.url}</span>
        </p>
      ) : null}
      <p class="muted">
        {t('auditedAtLine', formatDate(report.auditedAt, locale))}
        {report.asOf ? <span data-testid="as-of-line">{` · ${t('asOfReport', formatDay(report.asOf, locale))}`}</span> : null}
        {timings ? ` · ${t('timingsLine', formatMs(timings.totalMs, locale), formatMs(timings.axeMs, locale), formatMs(timings.coreMs, locale))}` : ''}
      </p>
      <p class="muted" data-testid="rules-line">
        {report.rules ? t('rulesReport', report.rules.id, report.rules.version) : t('rulesLegacy')}
      </p>
      {report.gate?.failing.length ? (
        <div class="notice" role="note" data-testid="gate-notice">
          <strong>{t('gateTitle')}</strong>{' '}
          {report.gate.heldBack ? `${t('gateHeld', formatScore(report.gate.uncappedScore ?? null))} ` : ''}
          {t('gateFailing', report.gate.failing.map((id) => failureTitle(report, id, l)).join('; '))}
        </div>
      ) : null}
      {origin ? <p class="notice info">{origin}</p> : null}
      {report.truncated ? (
        <div class="notice" role="note" data-testid="truncated-notice">
          <strong>{t('truncatedTitle')}</strong> {t('truncatedBody')}
          <ul>
            {report.truncation.map((reason) => (
              <li key={reason} class="wrap">
                {reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
