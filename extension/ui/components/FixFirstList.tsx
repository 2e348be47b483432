import type { AuditReport } from '../../../core/index.js';
import { useI18n } from '../i18n.js';
import { formatScore } from '../format.js';

const EFFORT = { baja: 'effortBaja', media: 'effortMedia', alta: 'effortAlta' } as const;

/** The report's recommendations as the auditor should raise them: most points per unit of effort first. */
export function FixFirstList({ report, limit = 8 }: { report: AuditReport; limit?: number }) {
  const { t, l } = useI18n();
  const recs = [...report.recommendations].sort((a, b) => b.priority - a.priority).filter((r) => r.gain === undefined || r.gain > 0);
  if (!recs.length) return null;
  const essential = new Set(report.criteria.flatMap((c) => c.checks).filter((c) => c.essential).map((c) => c.id));
  return (
    <section aria-labelledby="fix-first-heading" data-testid="fix-first">
      <h3 id="fix-first-heading">{t('fixFirstHeading')}</h3>
      <p class="muted">{t('fixFirstHelp')}</p>
      <ol class="fix-first">
        {recs.slice(0, limit).map((rec) => (
          <li key={rec.checkId} data-check={rec.checkId}>
            <strong>{l(rec.title)}</strong>
            {essential.has(rec.checkId) ? <span class="tag">{t('essentialTag')}</span> : null}
            <br />
            <span class="muted">
              {rec.gain !== undefined ? t('fixFirstGain', formatScore(rec.gain)) : null}
              {rec.effort ? ` · ${t(EFFORT[rec.effort])}` : null}
            </span>
            <br />
            {l(rec.what)}
          </li>
        ))}
      </ol>
    </section>
  );
}
