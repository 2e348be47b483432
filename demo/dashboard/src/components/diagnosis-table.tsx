/** Diagnóstico de utilidad: the ten criteria, audit score beside citizens' mentions, and whether they agree. */
import { criterionTitle } from '../i18n.js';
import type { CriterionDiagnosis } from '../model/diagnosis.js';
import { useUi } from '../ui.js';
import { DataTable } from './data-table.js';

export function DiagnosisTable({ rows }: { rows: readonly CriterionDiagnosis[] }) {
  const { t, f, lang } = useUi();
  return (
    <section aria-labelledby="diagnosis-title">
      <h2 id="diagnosis-title">{t.diagnosisTitle}</h2>
      <p class="intro">{t.diagnosisIntro}</p>
      <DataTable
        caption={t.diagnosisTitle}
        testId="diagnosis-table"
        columns={[{ label: t.colCriterion }, { label: t.colAudit, numeric: true }, { label: t.colMentions, numeric: true }, { label: t.colShare, numeric: true }, { label: t.colDiagnosis }]}
      >
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
      </DataTable>
    </section>
  );
}
