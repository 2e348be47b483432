/** The tasa de variación of each sujeto obligado against the compared campaign, with its sign in words and arrows. */
import type { Variation } from '../../../../campaigns/view-schema.js';
import { useUi } from '../ui.js';
import { DataTable } from './data-table.js';

export function CampaignVariation({ rows, against }: { rows: readonly Variation[]; against: string }) {
  const { t, f } = useUi();
  return (
    <section aria-labelledby="variation-title">
      <h2 id="variation-title">{t.variationTitle(against)}</h2>
      <p class="help">{t.variationIntro}</p>
      {rows.length ? (
        <DataTable
          caption={t.variationTitle(against)}
          testId="variation-table"
          columns={[{ label: t.colSite }, { label: t.colPreviousScore, numeric: true }, { label: t.colCurrentScore, numeric: true }, { label: t.colRate, numeric: true }]}
        >
          {rows.map((r) => {
            const dir = r.rate === null ? 'flat' : r.rate > 0.05 ? 'up' : r.rate < -0.05 ? 'down' : 'flat';
            return (
              <tr key={r.siteId} data-site={r.siteId}>
                <th scope="row">{r.name}</th>
                <td class="num">{f.score(r.previous)}</td>
                <td class="num">{f.score(r.current)}</td>
                <td class={`num change trend-${dir}`}>
                  <span aria-hidden="true">{dir === 'up' ? '▲ ' : dir === 'down' ? '▼ ' : '■ '}</span>
                  {f.rate(r.rate)}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : (
        <p>{t.variationEmpty}</p>
      )}
    </section>
  );
}
