import type { SiteView } from '../model/panel.js';
import { useUi } from '../ui.js';
import { bandFor } from '../../../../core/scoring/band.js';
import { ChangeCell, ScoreCell } from './score-cell.js';
import { TopReasons } from './top-reasons.js';

export function SitesTable({ sites, onSelect }: { sites: readonly SiteView[]; onSelect: (site: string) => void }) {
  const { t, f } = useUi();
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t.sitesTitle}</h2>
      <div class="table-wrap">
        <table class="data" data-testid="sites-table">
          <caption class="visually-hidden">{t.sitesTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colSite}</th>
              <th scope="col" class="num">{t.colPages}</th>
              <th scope="col">{t.colScore}</th>
              <th scope="col">{t.colPeriodChange}</th>
              <th scope="col" class="num">{t.colUseful}</th>
              <th scope="col" class="num">{t.colAnswers}</th>
              <th scope="col">{t.colTopReasons}</th>
            </tr>
          </thead>
          <tbody>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
