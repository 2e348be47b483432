/** The audited downloads (datasets and documents) with each file's findings, worst first. */
import type { AuditEntry } from '../../../../core/schemas/index.js';
import type { ResourceView } from '../model/resources.js';
import { useUi } from '../ui.js';
import { DataTable } from './data-table.js';
import { ScoreCell } from './score-cell.js';

export interface ResourcesTableProps {
  resources: readonly ResourceView[];
  onReport: (audit: AuditEntry) => void;
}

export function ResourcesTable({ resources, onReport }: ResourcesTableProps) {
  const { t, f, lang } = useUi();
  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">{t.resourcesTitle}</h2>
      <p class="muted">{t.resourcesIntro}</p>
      {resources.length === 0 ? (
        <p class="muted">{t.resourcesEmpty}</p>
      ) : (
        <DataTable caption={t.resourcesTitle} testId="resources-table" columns={[{ label: t.colFile }, { label: t.colFormat }, { label: t.colScore }, { label: t.colFindings }, { label: t.colActions }]}>
          {resources.map((r) => (
            <tr key={`${r.site.id} ${r.url}`} data-resource={r.url}>
              <th scope="row">
                <span class="page-title">{r.name}</span>
                <span class="page-site">{r.site.name}</span>
                <span class="page-site url">{r.url}</span>
              </th>
              <td>{r.format}</td>
              <td>
                <ScoreCell score={r.latest.score} band={r.latest.band} />
                <span class="page-site">{f.date(r.latest.auditedAt)}</span>
              </td>
              <td>
                {r.findings.length === 0 ? (
                  <span class="muted">{t.noFindings}</span>
                ) : (
                  <ul class="findings" data-testid="resource-findings">
                    {r.findings.map((finding) => (
                      <li key={finding.checkId} data-check={finding.checkId}>
                        <span class={`finding finding-${finding.status}`}>{finding.status === 'fail' ? t.findingFail : t.findingPartial}</span>{' '}
                        {lang === 'en' ? finding.title.en : finding.title.es}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <button type="button" class="small" aria-label={t.openReportOf(r.name, f.date(r.latest.auditedAt))} onClick={() => onReport(r.latest)}>
                  {t.openReportShort}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
