/** The Banco de Buenas Prácticas: flagged pages and audits, with their JSON and CSV exports. */
import type { GoodPractice } from '../../../../core/schemas/index.js';
import { shortTitle, type PageView } from '../model/panel.js';
import { useUi } from '../ui.js';
import { ScoreCell } from './score-cell.js';
import { DataTable } from './data-table.js';

export interface GoodPracticesProps {
  practices: readonly GoodPractice[];
  pages: readonly PageView[];
  onRemove: (practice: GoodPractice) => void;
  onExport: (format: 'json' | 'csv') => void;
}

export function GoodPractices({ practices, pages, onRemove, onExport }: GoodPracticesProps) {
  const { t, f } = useUi();
  const titleOf = (g: GoodPractice) => pages.find((p) => p.page === g.page && p.site.id === g.site)?.title ?? shortTitle(undefined, g.page);
  return (
    <section aria-labelledby="good-title">
      <h2 id="good-title">{t.goodPracticesTitle}</h2>
      <div class="row-actions">
        <button type="button" class="small" onClick={() => onExport('json')}>
          {t.exportGoodJson}
        </button>
        <button type="button" class="small" onClick={() => onExport('csv')}>
          {t.exportGoodCsv}
        </button>
      </div>
      {practices.length === 0 ? (
        <p class="muted">{t.goodPracticesEmpty}</p>
      ) : (
        <DataTable
          caption={t.goodPracticesTitle}
          testId="good-practices-table"
          columns={[{ label: t.colPage }, { label: t.colLastAudit }, { label: t.colScore }, { label: t.colNote }, { label: t.colFlagged }, { label: t.colActions }]}
        >
          {practices.map((g) => (
            <tr key={g.id} data-good-practice={g.id}>
              <th scope="row">{titleOf(g)}</th>
              <td>{f.date(g.auditedAt)}</td>
              <td>
                <ScoreCell score={g.score} band={g.band} />
              </td>
              <td>{g.note ?? '—'}</td>
              <td>{f.date(g.createdAt)}</td>
              <td>
                <button type="button" class="small" aria-label={t.removeGoodPracticeOf(titleOf(g))} onClick={() => onRemove(g)}>
                  {t.removeGoodPractice}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
