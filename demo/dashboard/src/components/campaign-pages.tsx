/**
 * Drill-down: a sujeto obligado's audited pages in the campaign, worst first, each opening its
 * Documento de Recomendaciones, with who answered its review questions and when (score re-scored).
 */
import type { CampaignPage } from '../../../../campaigns/view-schema.js';
import { useUi } from '../ui.js';
import { DataTable } from './data-table.js';
import { ScoreCell } from './score-cell.js';

export interface CampaignPagesProps {
  name: string;
  pages: readonly CampaignPage[] | null;
  headingRef: { current: HTMLHeadingElement | null };
  onReport: (page: CampaignPage) => void;
  onClose: () => void;
}

export function CampaignPages({ name, pages, headingRef, onReport, onClose }: CampaignPagesProps) {
  const { t, f } = useUi();
  return (
    <section aria-labelledby="campaign-pages-title">
      <h2 id="campaign-pages-title" ref={headingRef} tabIndex={-1}>
        {t.pagesOf(name)}
      </h2>
      <button type="button" class="ghost" onClick={onClose}>
        {t.closePages}
      </button>
      {pages === null ? (
        <p role="status">{t.loading}</p>
      ) : pages.length === 0 ? (
        <p>{t.pagesEmpty}</p>
      ) : (
        <DataTable caption={t.pagesOf(name)} testId="campaign-pages-table" columns={[{ label: t.colPage }, { label: t.colScore }, { label: t.colDate }, { label: t.colReview }, { label: t.colActions }]}>
          {pages.map((p) => (
            <tr key={p.pageUrl} data-page={p.pageUrl}>
              <th scope="row">
                <span class="url">{p.pageUrl}</span>
              </th>
              <td>
                <ScoreCell score={p.score} band={p.band} />
              </td>
              <td>{f.date(p.auditedAt)}</td>
              <td data-testid="page-review">
                {p.reviewedBy.length > 0 && p.reviewedAt ? <span>{t.reviewedBy(p.reviewedBy.join(', '), f.date(p.reviewedAt))}</span> : null}
                {p.reviewedBy.length > 0 ? <br /> : null}
                <span class="muted">{p.pendingReviews > 0 ? t.reviewPending(p.pendingReviews) : t.reviewDone}</span>
              </td>
              <td>
                <button type="button" class="small" aria-label={t.reportOfUrl(p.pageUrl)} onClick={() => onReport(p)}>
                  {t.openReport}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
