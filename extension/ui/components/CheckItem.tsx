import type { CheckResult } from '../../../core/index.js';
import { useI18n } from '../i18n.js';
import { STATUS_ICONS, statusLabel } from '../format.js';
import { EvidenceList } from './EvidenceList.js';

interface Props {
  check: CheckResult;
  onShow?: ((selectors: string[], label: string) => void) | undefined;
}

/** One check: status (word and shape), title, detail, evidence and, when it failed, what to do. */
export function CheckItem({ check, onShow }: Props) {
  const { t, l } = useI18n();
  const failing = check.status === 'fail' || check.status === 'partial';
  const title = l(failing ? check.failureTitle : check.title);
  return (
    <li class="check" data-check={check.id} data-status={check.status}>
      <div class="check-head">
        <span class={`status status-${check.status}`}>
          <span aria-hidden="true">{STATUS_ICONS[check.status]} </span>
          {statusLabel(check.status, t)}
        </span>
        <span class="check-title">{title}</span>
      </div>
      <p class="muted">
        {check.mode === 'review' ? t('modeReview') : t('modeAuto')}
        {check.score !== null ? ` · ${t('checkScore', Math.round(check.score * 100))}` : ''}
        {check.review ? ` · ${t('answeredBy')}` : ''}
      </p>
      {check.detail ? <p>{l(check.detail)}</p> : null}
      {check.error ? <p class="error">{t('checkError', check.error)}</p> : null}
      <EvidenceList evidence={check.evidence} onShow={onShow ? (selector) => onShow([selector], title) : undefined} />
      {failing ? (
        <dl class="recommendation">
          <dt>{t('recWhat')}</dt>
          <dd>{l(check.recommendation.what)}</dd>
          <dt>{t('recWhy')}</dt>
          <dd>{l(check.recommendation.why)}</dd>
          <dt>{t('recRule')}</dt>
          <dd>{l(check.recommendation.rule)}</dd>
        </dl>
      ) : null}
    </li>
  );
}
