import { useState } from 'preact/hooks';
import type { AuditReport, CheckResult, ReviewAnswer, ReviewAnswerValue } from '../../../core/schemas/index.js';
import { useI18n } from '../i18n.js';
import { bandLabel, formatPercent, formatScore } from '../format.js';
import type { MessageKey } from '../../i18n/messages.js';
import { EvidenceList } from './EvidenceList.js';

const ANSWERS: readonly { value: ReviewAnswerValue; key: MessageKey }[] = [
  { value: 'si', key: 'answerSi' },
  { value: 'parcial', key: 'answerParcial' },
  { value: 'no', key: 'answerNo' },
  { value: 'no-aplica', key: 'answerNoAplica' },
];

interface Props {
  report: AuditReport;
  reviews: readonly ReviewAnswer[];
  /** `answer` null withdraws the answer. */
  onAnswer: (checkId: string, answer: ReviewAnswerValue | null, note: string) => void;
  onShow?: ((selectors: string[], label: string) => void) | undefined;
}

function Question({ check, current, onAnswer, onShow }: { check: CheckResult; current: ReviewAnswer | undefined } & Pick<Props, 'onAnswer' | 'onShow'>) {
  const { t, l } = useI18n();
  const [note, setNote] = useState(current?.note ?? '');
  const name = `review-${check.id}`;
  const answer = current?.answer ?? null;
  return (
    <fieldset class="review" data-review={check.id}>
      <legend>{check.question ? l(check.question) : l(check.title)}</legend>
      {check.guidance ? <p class="muted">{l(check.guidance)}</p> : null}
      <details>
        <summary>{t('reviewEvidence', check.evidence.length)}</summary>
        <EvidenceList evidence={check.evidence} onShow={onShow ? (selector) => onShow([selector], l(check.title)) : undefined} />
      </details>
      <div class="choices">
        {ANSWERS.map((option) => (
          <label key={option.value}>
            <input type="radio" name={name} value={option.value} checked={answer === option.value} onChange={() => onAnswer(check.id, option.value, note)} />
            {t(option.key)}
          </label>
        ))}
        <label>
          <input type="radio" name={name} value="" checked={answer === null} onChange={() => onAnswer(check.id, null, note)} />
          {t('answerNone')}
        </label>
      </div>
      <div class="field">
        <label for={`${name}-note`}>{t('reviewNote')}</label>
        <textarea
          id={`${name}-note`}
          value={note}
          maxLength={2_000}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          onChange={() => {
            if (answer !== null) onAnswer(check.id, answer, note);
          }}
        />
        <small>{t('reviewNoteHelp')}</small>
      </div>
    </fieldset>
  );
}

/**
 * Review mode: each question only a person can answer, with its guidance and the evidence the
 * core found. Every answer re-scores the report at once through the core (shown at the top).
 */
export function ReviewPanel({ report, reviews, onAnswer, onShow }: Props) {
  const { t, l, locale } = useI18n();
  const questions = report.criteria.flatMap((criterion) => criterion.checks.filter((check) => check.mode === 'review').map((check) => ({ criterion, check })));
  const byId = new Map(reviews.map((r) => [r.checkId, r]));
  return (
    <section aria-labelledby="review-heading">
      <div class="sticky-score" aria-live="polite" data-testid="review-score">
        <h2 id="review-heading">{t('reviewHeading')}</h2>
        <p>
          {t('reviewScoreLine', formatScore(report.score), bandLabel(report.band, t), formatPercent(report.coverage, locale), byId.size, questions.length)}
        </p>
      </div>
      {questions.length === 0 ? <p class="muted">{t('reviewNone')}</p> : null}
      {questions.map(({ criterion, check }, i) => (
        <div key={check.id}>
          {i === 0 || questions[i - 1]!.criterion.id !== criterion.id ? <h3 class="muted">{l(criterion.title)}</h3> : null}
          <Question check={check} current={byId.get(check.id)} onAnswer={onAnswer} onShow={onShow} />
        </div>
      ))}
    </section>
  );
}
