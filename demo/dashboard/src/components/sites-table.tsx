import type { SiteView } from '../model/panel.js';
import { useUi } from '../ui.js';
import { bandFor } from '../../../../core/scoring/band.js';
import { ChangeCell, ScoreCell } from './score-cell.js';
import { TopReasons } from './top-reasons.js';
import { DataTable } from './data-table.js';

type OpenDataFile = 'datapackage.json' | 'utilidad.csv';

export function SitesTable({ sites, onSelect, openDataUrl }: { sites: readonly SiteView[]; onSelect: (site: string) => void; openDataUrl: (site: string, file: OpenDataFile) => string }) {
  const { t, f } = useUi();
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t.sitesTitle}</h2>
      <DataTable
        caption={t.sitesTitle}
        testId="sites-table"
        columns={[{ label: t.colSite }, { label: t.colPages, numeric: true }, { label: t.colScore }, { label: t.colPeriodChange }, { label: t.colUseful, numeric: true }, { label: t.colAnswers, numeric: true }, { label: t.colTopReasons }, { label: t.colOpenData }]}
      >
        {sites.map(({ site, aggregate }) => (
          <tr key={site.id}>
            <th scope="row">
              <button type="button" class="link" onClick={() => onSelect(site.id)}>
                {site.name}
              </button>
            </th>
            <td class="num">{aggregate.pages}</td>
            <td>
              <ScoreCell score={aggregate.meanScore} band={bandFor(aggregate.meanScore)} />
            </td>
            <td>
              <ChangeCell change={aggregate.periodChange} />
            </td>
            <td class="num">{f.percent(aggregate.feedback.usefulRate)}</td>
            <td class="num">{aggregate.feedback.total}</td>
            <td>
              <TopReasons reasons={aggregate.topReasons} />
            </td>
            <td class="open-data">
              <a href={openDataUrl(site.id, 'utilidad.csv')}>
                CSV<span class="visually-hidden"> {t.openDataCsv(site.name)}</span>
              </a>{' '}
              ·{' '}
              <a href={openDataUrl(site.id, 'datapackage.json')}>
                datapackage.json<span class="visually-hidden"> {t.openDataPackage(site.name)}</span>
              </a>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
