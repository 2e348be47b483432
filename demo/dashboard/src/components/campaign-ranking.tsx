/** The campaign's ranking of sujetos obligados: sortable by any column, each one opening its audited pages. */
import { useState } from 'preact/hooks';
import type { RankedSite } from '../../../../campaigns/view-schema.js';
import { DEFAULT_SORT, nextSort, sortRanking, type RankingKey, type RankingSort } from '../model/campaign.js';
import { useUi } from '../ui.js';
import { DataTable, type Column } from './data-table.js';
import { ScoreCell } from './score-cell.js';

export function CampaignRanking({ ranking, onSelect }: { ranking: readonly RankedSite[]; onSelect: (site: RankedSite) => void }) {
  const { t, f } = useUi();
  const [sort, setSort] = useState<RankingSort>(DEFAULT_SORT);
  const labels: Record<RankingKey, string> = { score: t.colScore, name: t.colSite, coverage: t.colCoverage, ambito: t.colAmbito, entidad: t.colEntidad };
  const column = (key: RankingKey, numeric = false): Column => ({
    label: labels[key],
    numeric,
    sort: { direction: sort.key === key ? sort.direction : null, onSort: () => setSort(nextSort(sort, key)), label: t.sortBy(labels[key]) },
  });
  // The place is always the API's (best score first), whatever order the table is read in.
  const place = new Map(ranking.map((s, i) => [s.siteId, i + 1]));
  return (
    <section aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t.rankingTitle}</h2>
      <DataTable
        caption={t.rankingCaption(labels[sort.key], sort.direction === 'ascending' ? t.ascending : t.descending)}
        testId="ranking-table"
        columns={[{ label: t.colRank, numeric: true }, column('name'), column('score'), column('coverage', true), column('ambito'), column('entidad')]}
      >
        {sortRanking(ranking, sort).map((s) => (
          <tr key={s.siteId} data-site={s.siteId}>
            <td class="num">{place.get(s.siteId)}</td>
            <th scope="row">
              <button type="button" class="link" aria-label={t.viewPagesOf(s.name)} onClick={() => onSelect(s)}>
                {s.name}
              </button>
            </th>
            <td data-testid="ranking-score">
              <ScoreCell score={s.score} band={s.band} />
            </td>
            <td class="num">
              {f.percent(s.coverage)}
              <span class="page-site">{t.coverageOf(s.audited, s.pages)}</span>
            </td>
            <td>{t.ambitos[s.ambito] ?? s.ambito}</td>
            <td>{s.entidad}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
