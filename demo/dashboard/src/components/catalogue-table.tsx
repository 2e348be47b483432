/** The open-data catalogue: datasets ranked by metadata score, each with its rating and what to fill first. */
import { RATING_LABELS } from '../../../../core/catalogue/rating.js';
import type { CatalogueView, FillItem } from '../model/catalogue.js';
import { useUi } from '../ui.js';
import { DataTable } from './data-table.js';

/** Shown in full before the rest folds away: every mandatory gap, and at least this many. */
const SHOWN_AT_LEAST = 3;

function FillList({ items }: { items: readonly FillItem[] }) {
  const { t, f, lang } = useUi();
  const text = (s: { es: string; en: string }) => (lang === 'en' ? s.en : s.es);
  const item = (i: FillItem) => (
    <li key={i.id} data-indicator={i.id}>
      <span class={`fill-tag ${i.mandatory ? 'fill-mandatory' : 'fill-optional'}`}>{i.mandatory ? t.fillMandatory : t.fillOptional}</span> {text(i.title)}
      {i.met === 'partly' ? <span class="muted"> ({t.fillPartly})</span> : null} <span class="gain">{t.points(f.points(i.gain))}</span>
    </li>
  );
  if (!items.length) return <span class="muted">{t.fillNothing}</span>;
  const shown = Math.max(SHOWN_AT_LEAST, items.filter((i) => i.mandatory).length);
  const rest = items.slice(shown);
  return (
    <>
      <ol class="fill-first" data-testid="fill-first">
        {items.slice(0, shown).map(item)}
      </ol>
      {rest.length ? (
        <details class="fill-more">
          <summary>{t.fillMore(rest.length, t.points(f.points(rest.reduce((sum, i) => sum + i.gain, 0))))}</summary>
          <ol class="fill-first" start={shown + 1}>
            {rest.map(item)}
          </ol>
        </details>
      ) : null}
    </>
  );
}

/** `catalogues` is null while they load. */
export function CatalogueTable({ catalogues }: { catalogues: readonly CatalogueView[] | null }) {
  const { t, f, lang } = useUi();
  const rating = (r: keyof typeof RATING_LABELS) => (lang === 'en' ? RATING_LABELS[r].en : RATING_LABELS[r].es);
  return (
    <section aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t.catalogueTitle}</h2>
      <p class="muted">{t.catalogueIntro}</p>
      {catalogues === null ? <p class="muted">{t.loading}</p> : catalogues.length === 0 ? <p class="muted">{t.catalogueEmpty}</p> : null}
      {catalogues?.map((c) => (
        <div key={c.id} class="catalogue" data-catalogue={c.source}>
          <p class="catalogue-meta">
            {t.catalogueOf(f.date(c.scoredAt))} <span class="url">{c.source}</span>
            <br />
            {t.catalogueMean(c.datasets.length, c.total, f.decimal(c.percent))} <span class={`band rating-${c.rating}`}>{rating(c.rating)}</span>
          </p>
          <DataTable
            caption={t.catalogueCaption(c.source)}
            testId="catalogue-table"
            columns={[{ label: t.colRank, numeric: true }, { label: t.colDataset }, { label: t.colMetadata, numeric: true }, { label: t.colRating }, { label: t.colMandatory }, { label: t.colFillFirst }]}
          >
            {c.datasets.map((d) => (
              <tr key={d.identifier} data-dataset={d.identifier}>
                <td class="num">{d.rank}</td>
                <th scope="row">
                  <span class="page-title">{d.title}</span>
                  <span class="page-site">{d.site?.name ?? d.publisher ?? t.noPublisher}</span>
                  <span class="page-site url">{d.identifier}</span>
                </th>
                <td class="num">
                  <span class="score-num">{f.decimal(d.percent)} %</span>
                  <span class="page-site">{t.pointsOf(f.decimal(d.points), f.count(d.max))}</span>
                </td>
                <td>
                  <span class={`band rating-${d.rating}`}>{rating(d.rating)}</span>
                </td>
                <td>{d.mandatoryComplete ? t.mandatoryComplete : t.mandatoryMissing(d.mandatoryMissing, d.mandatoryTotal)}</td>
                <td>
                  <FillList items={d.fillFirst} />
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      ))}
    </section>
  );
}
