/** Criteria profile: the latest audit's score on each of the ten criteria (previous audit as a tick). */
import type { CriterionId } from '../../../../core/schemas/index.js';
import { criterionTitle, type Formatters, type Lang, type Strings } from '../i18n.js';
import { CRITERIA } from '../model/panel.js';
import { BarList, toneFor } from './bar-list.js';
import { ChartFigure } from './figure.js';

export function ProfileChart({
  scores,
  previous,
  t,
  f,
  lang,
}: {
  scores: Record<CriterionId, number | null>;
  previous?: Partial<Record<CriterionId, number | null>> | undefined;
  t: Strings;
  f: Formatters;
  lang: Lang;
}) {
  const known = CRITERIA.filter((c) => scores[c] !== null);
  const best = [...known].sort((a, b) => scores[b]! - scores[a]!)[0];
  const worst = [...known].sort((a, b) => scores[a]! - scores[b]!)[0];
  const description = best && worst ? t.profileDesc(`${t.criteriaShort[best]} (${f.score(scores[best])})`, `${t.criteriaShort[worst]} (${f.score(scores[worst])})`) : t.noData;
  return (
    <ChartFigure
      testId="chart-profile"
      title={t.profileTitle}
      description={description}
      tableLabel={t.showTable}
      chart={(ids) => (
        <BarList
          ids={ids}
          title={t.profileTitle}
          description={description}
          max={100}
          bands
          bars={CRITERIA.map((c) => ({
            criterion: c,
            label: t.criteriaShort[c],
            value: scores[c],
            text: f.score(scores[c]),
            reference: previous?.[c] ?? null,
            tone: toneFor(scores[c]),
          }))}
        />
      )}
      table={
        <table class="data">
          <caption>{t.profileTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colCriterion}</th>
              <th scope="col" class="num">{t.colAudit}</th>
              {previous ? <th scope="col" class="num">{t.colPrevious}</th> : null}
            </tr>
          </thead>
          <tbody>
            {CRITERIA.map((c) => (
              <tr key={c}>
                <th scope="row">
                  {t.criteriaShort[c]} <span class="muted">— {criterionTitle(c, lang)}</span>
                </th>
                <td class="num">{f.score(scores[c])}</td>
                {previous ? <td class="num">{f.score(previous[c])}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
