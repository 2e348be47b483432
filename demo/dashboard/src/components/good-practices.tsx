/** The Banco de Buenas Prácticas: flagged pages and audits, with their JSON and CSV exports. */
import type { GoodPractice } from '../../../../core/schemas/index.js';
import { shortTitle, type PageView } from '../model/panel.js';
import { useUi } from '../ui.js';
import { ScoreCell } from './score-cell.js';

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
        <div class="table-wrap">
          <table class="data" data-testid="good-practices-table">
            <caption class="visually-hidden">{t.goodPracticesTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colPage}</th>
                <th scope="col">{t.colLastAudit}</th>
                <th scope="col">{t.colScore}</th>
                <th scope="col">{t.colNote}</th>
                <th scope="col">{t.colFlagged}</th>
                <th scope="col">{t.colActions}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
