/** A page's audits in the range: score, band, change, its Documento and the good-practice flag. */
import type { AuditEntry, GoodPractice } from '../../../../core/schemas/index.js';
import { auditChange } from '../model/change.js';
import type { PageView } from '../model/panel.js';
import { useUi } from '../ui.js';
import { ChangeCell, ScoreCell } from './score-cell.js';
import { DataTable } from './data-table.js';

export interface AuditHistoryProps {
  page: PageView;
  flagged: readonly GoodPractice[];
  onReport: (audit: AuditEntry) => void;
  onFlag: (audit: AuditEntry) => void;
  onUnflag: (practice: GoodPractice) => void;
}

export function AuditHistory({ page, flagged, onReport, onFlag, onUnflag }: AuditHistoryProps) {
  const { t, f } = useUi();
  const rows = [...page.audits].reverse();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.historyTitle}</h2>
      <DataTable
        caption={t.historyTitle}
        testId="history-table"
        columns={[{ label: t.colDate }, { label: t.colScore }, { label: t.colChange }, { label: t.colActions }]}
      >
        {rows.map((audit) => {
          const index = page.audits.indexOf(audit);
          const change = index > 0 ? auditChange(page.audits[index - 1], audit) : null;
          const practice = flagged.find((g) => g.auditId === audit.id);
          const date = f.date(audit.auditedAt);
          return (
            <tr key={audit.id} data-audit={audit.id}>
              <th scope="row">{date}</th>
              <td>
                <ScoreCell score={audit.score} band={audit.band} />
              </td>
              <td>
                <ChangeCell change={change} />
              </td>
              <td>
                <div class="row-actions">
                  <button type="button" class="small" aria-label={t.openReportOf(page.title, date)} onClick={() => onReport(audit)}>
                    {t.openReport}
                  </button>
                  {practice ? (
                    <>
                      <span class="flag">★ {t.goodPracticeFlagged}</span>
                      <button type="button" class="small" aria-label={t.removeGoodPracticeOf(page.title)} onClick={() => onUnflag(practice)}>
                        {t.removeGoodPractice}
                      </button>
                    </>
                  ) : (
                    <button type="button" class="small" aria-label={t.goodPracticeOf(page.title, date)} onClick={() => onFlag(audit)}>
                      {t.goodPractice}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
