import { REASONS, type PageView } from '../model/panel.js';
import { useUi } from '../ui.js';
import { ChangeCell, ScoreCell } from './score-cell.js';
import { TopReasons } from './top-reasons.js';
import { DataTable } from './data-table.js';

export interface PagesTableProps {
  pages: readonly PageView[];
  pageLinks?: Record<string, string> | undefined;
  onSelect: (page: PageView) => void;
  onReport: (page: PageView) => void;
}

const topOf = (p: PageView) =>
  REASONS.map((reason) => ({ reason, count: p.feedback.reasons[reason] }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);

export function PagesTable({ pages, pageLinks, onSelect, onReport }: PagesTableProps) {
  const { t, f } = useUi();
  return (
    <section aria-labelledby="pages-title">
      <h2 id="pages-title">{t.pagesTitle}</h2>
      <DataTable
        caption={t.pagesTitle}
        testId="pages-table"
        columns={[{ label: t.colPage }, { label: t.colLastAuditScore }, { label: t.colPeriodChange }, { label: t.colUseful, numeric: true }, { label: t.colAnswers, numeric: true }, { label: t.colTopReasons }, { label: t.colActions }]}
      >
        {pages.map((p) => (
          <tr key={`${p.site.id} ${p.page}`} data-page={p.page}>
            <th scope="row">
              <span class="page-title">{p.title}</span>
              <span class="page-site">{p.site.name}</span>
            </th>
            <td>
              {p.latest ? (
                <>
                  <ScoreCell score={p.latest.score} band={p.latest.band} />
                  <span class="page-site">{f.date(p.latest.auditedAt)}</span>
                </>
              ) : (
                <span class="muted">{t.noAudit}</span>
              )}
            </td>
            <td>
              <ChangeCell change={p.periodChange} />
            </td>
            <td class="num">{f.percent(p.feedback.usefulRate)}</td>
            <td class="num" data-testid="answers">
              {p.feedback.total}
            </td>
            <td>
              <TopReasons reasons={topOf(p)} />
            </td>
            <td>
              <div class="row-actions">
                <button type="button" class="small" aria-label={t.viewPageOf(p.title)} onClick={() => onSelect(p)}>
                  {t.viewPage}
                </button>
                {p.latest ? (
                  <button type="button" class="small" aria-label={t.openReportOf(p.title, f.date(p.latest.auditedAt))} onClick={() => onReport(p)}>
                    {t.openReportShort}
                  </button>
                ) : null}
                {pageLinks?.[p.page] ? (
                  <a class="small-link" href={pageLinks[p.page]} target="_blank" rel="noopener">
                    {t.openPortal}
                    <span class="visually-hidden">: {p.title}</span>
                  </a>
                ) : null}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
