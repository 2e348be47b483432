/** Citizens' reasons on the same ten axes as the audit (two criteria have no citizen reason). */
import type { FeedbackReason } from '../../../../core/schemas/index.js';
import type { Formatters, Strings } from '../i18n.js';
import { CRITERIA, REASONS } from '../model/panel.js';
import { BarList } from './bar-list.js';
import { ChartFigure } from './figure.js';

const isReason = (c: string): c is FeedbackReason => (REASONS as readonly string[]).includes(c);

export function ReasonsChart({ reasons, t, f }: { reasons: Record<FeedbackReason, number>; t: Strings; f: Formatters }) {
  const total = REASONS.reduce((sum, r) => sum + reasons[r], 0);
  const top = [...REASONS].sort((a, b) => reasons[b] - reasons[a])[0]!;
  const description = t.reasonsDesc(t.reasons[top], t.criteriaShort[top], reasons[top], total);
  const max = Math.max(1, ...REASONS.map((r) => reasons[r]));
  return (
    <ChartFigure
      testId="chart-reasons"
      title={t.reasonsTitle}
      description={description}
      tableLabel={t.showTable}
      chart={(ids) => (
        <BarList
          ids={ids}
          title={t.reasonsTitle}
          description={description}
          max={max}
          bars={CRITERIA.map((c) => ({
            criterion: c,
            label: t.criteriaShort[c],
            value: isReason(c) ? reasons[c] : null,
            text: isReason(c) ? f.count(reasons[c]) : '—',
            tone: 'neutral' as const,
          }))}
        />
      )}
      table={
        <table class="data">
          <caption>{t.reasonsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colCriterion}</th>
              <th scope="col">{t.colCitizens}</th>
              <th scope="col" class="num">{t.colMentions}</th>
            </tr>
          </thead>
          <tbody>
            {CRITERIA.map((c) => (
              <tr key={c}>
                <th scope="row">{t.criteriaShort[c]}</th>
                <td>{isReason(c) ? t.reasons[c] : '—'}</td>
                <td class="num">{isReason(c) ? reasons[c] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
