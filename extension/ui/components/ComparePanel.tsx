import type { Comparison } from '../../history/compare.js';
import { useI18n } from '../i18n.js';
import { formatDate, formatScore, statusLabel } from '../format.js';

const signed = (delta: number | null): string => (delta === null ? '—' : delta > 0 ? `+${delta}` : String(delta));
const deltaClass = (delta: number | null): string | undefined => (delta === null || delta === 0 ? undefined : delta > 0 ? 'delta-up' : 'delta-down');

/** Two audits of one page side by side: score per criterion, the change, and which checks moved. */
export function ComparePanel({ comparison, onClose }: { comparison: Comparison; onClose: () => void }) {
  const { t, l, locale } = useI18n();
  return (
    <section aria-labelledby="compare-heading" data-testid="comparison">
      <div class="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h2 id="compare-heading">{t('compareHeading')}</h2>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p class="mono">{comparison.url}</p>
      <table>
        <caption class="visually-hidden">{t('compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('criterion')}</th>
            <th scope="col" class="num">
              {formatDate(comparison.before.auditedAt, locale)}
            </th>
            <th scope="col" class="num">
              {formatDate(comparison.after.auditedAt, locale)}
            </th>
            <th scope="col" class="num">
              {t('change')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('overallScore')}</th>
            <td class="num">{formatScore(comparison.before.score)}</td>
            <td class="num">{formatScore(comparison.after.score)}</td>
            <td class={`num ${deltaClass(comparison.delta) ?? ''}`} data-testid="compare-overall-delta">
              {signed(comparison.delta)}
            </td>
          </tr>
          {comparison.criteria.map((c) => (
            <tr key={c.id} data-compare={c.id}>
              <th scope="row">
                {l(c.title)}
                {c.checks.length > 0 ? (
                  <ul class="muted" style={{ margin: '0.2rem 0 0', paddingLeft: '1rem', fontWeight: 400 }}>
                    {c.checks.map((k) => (
                      <li key={k.id}>
                        {l(k.title)}: {k.before ? statusLabel(k.before, t) : t('absent')} → {k.after ? statusLabel(k.after, t) : t('absent')}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </th>
              <td class="num">{formatScore(c.before)}</td>
              <td class="num">{formatScore(c.after)}</td>
              <td class={`num ${deltaClass(c.delta) ?? ''}`}>{signed(c.delta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
