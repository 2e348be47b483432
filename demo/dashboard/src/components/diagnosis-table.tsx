/** Diagnóstico de utilidad: the ten criteria, audit score beside citizens' mentions, and whether they agree. */
import { criterionTitle } from '../i18n.js';
import type { CriterionDiagnosis } from '../model/diagnosis.js';
import { useUi } from '../ui.js';

export function DiagnosisTable({ rows }: { rows: readonly CriterionDiagnosis[] }) {
  const { t, f, lang } = useUi();
  return (
    <section aria-labelledby="diagnosis-title">
      <h2 id="diagnosis-title">{t.diagnosisTitle}</h2>
      <p class="intro">{t.diagnosisIntro}</p>
      <div class="table-wrap">
        <table class="data" data-testid="diagnosis-table">
          <caption class="visually-hidden">{t.diagnosisTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colCriterion}</th>
              <th scope="col" class="num">{t.colAudit}</th>
              <th scope="col" class="num">{t.colMentions}</th>
              <th scope="col" class="num">{t.colShare}</th>
              <th scope="col">{t.colDiagnosis}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.criterion} data-verdict={r.verdict}>
                <th scope="row">
                  {t.criteriaShort[r.criterion]}
                  <span class="page-site">{criterionTitle(r.criterion, lang)}</span>
                </th>
                <td class="num">{f.score(r.auditScore)}</td>
                <td class="num">{r.mentions ?? '—'}</td>
                <td class="num">{f.percent(r.share)}</td>
                <td>
                  <span class={`verdict verdict-${r.verdict}`}>{t.verdicts[r.verdict]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
