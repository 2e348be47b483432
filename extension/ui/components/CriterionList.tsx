import { useState } from 'preact/hooks';
import type { AuditReport, CriterionResult } from '../../../core/index.js';
import { bandFor } from '../../../core/scoring/band.js';
import { useI18n } from '../i18n.js';
import { bandClass, formatPercent, formatScore } from '../format.js';
import { CheckItem } from './CheckItem.js';

interface Props {
  report: AuditReport;
  onShow?: ((selectors: string[], label: string) => void) | undefined;
}

function CriterionRow({ criterion, onShow }: { criterion: CriterionResult; onShow?: Props['onShow'] }) {
  const { t, l, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const bodyId = `criterion-${criterion.id}`;
  const failing = criterion.checks.filter((c) => c.status === 'fail' || c.status === 'partial').length;
  return (
    <li class="criterion" data-criterion={criterion.id}>
      <h3>
        <button type="button" class="criterion-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span class="criterion-title">
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            {l(criterion.title)}
          </span>
          <span class={`score-chip ${bandClass(bandFor(criterion.score))}`} data-testid="criterion-score">
            {formatScore(criterion.score)}
          </span>
          <span class="criterion-meta">
            <span>{t('coverageShort', formatPercent(criterion.coverage, locale))}</span>
            <span class="meter" aria-hidden="true">
              <span style={{ width: `${Math.round(criterion.coverage * 100)}%` }} />
            </span>
            <span>{failing > 0 ? t('failingChecks', failing) : t('checksCount', criterion.checks.length)}</span>
          </span>
        </button>
      </h3>
      <div class="criterion-body" id={bodyId} hidden={!open}>
        {open ? (
          <ul class="checks">
            {criterion.checks.map((check) => (
              <CheckItem key={check.id} check={check} onShow={onShow} />
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

/** The ten criteria, each expandable to its checks. */
export function CriterionList({ report, onShow }: Props) {
  return (
    <ul class="criteria">
      {report.criteria.map((criterion) => (
        <CriterionRow key={criterion.id} criterion={criterion} onShow={onShow} />
      ))}
    </ul>
  );
}
