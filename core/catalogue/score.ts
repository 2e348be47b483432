import { INDICATORS, MAX_POINTS, type Indicator } from './indicators.js';
import { ratingFor } from './rating.js';
import { CatalogueReport, Dimension, type DatasetMetadata, type DatasetScore, type IndicatorResult } from './schema.js';

const round1 = (n: number): number => Math.round(n * 10) / 10;

function measure(indicator: Indicator, dataset: DatasetMetadata): IndicatorResult {
  let share = 0;
  let found: string | undefined;
  try {
    ({ share, found } = indicator.measure(dataset));
  } catch {
    share = 0;
  }
  const points = round1(indicator.max * Math.min(1, Math.max(0, share)));
  return {
    id: indicator.id,
    dimension: indicator.dimension,
    title: indicator.title,
    mandatory: indicator.mandatory,
    points,
    max: indicator.max,
    met: share >= 1 ? 'yes' : share > 0 ? 'partly' : 'no',
    ...(found ? { found: found.slice(0, 300) } : {}),
    fix: indicator.fix,
  };
}

/** Missing first: mandatory before optional, then most points lost. */
const byUrgency = (a: { mandatory: boolean; lost: number }, b: { mandatory: boolean; lost: number }) =>
  Number(b.mandatory) - Number(a.mandatory) || b.lost - a.lost;

/** Scores one dataset's metadata: points per indicator, per dimension, the total and its rating. */
export function scoreDataset(dataset: DatasetMetadata, indicators: readonly Indicator[] = INDICATORS): DatasetScore {
  const results = indicators.map((i) => measure(i, dataset));
  const points = round1(results.reduce((s, r) => s + r.points, 0));
  const max = indicators === INDICATORS ? MAX_POINTS : indicators.reduce((s, i) => s + i.max, 0);
  const percent = round1((points / max) * 100);
  const dimensions = Object.fromEntries(
    Dimension.options.map((d) => {
      const mine = results.filter((r) => r.dimension === d);
      return [d, { points: round1(mine.reduce((s, r) => s + r.points, 0)), max: mine.reduce((s, r) => s + r.max, 0) }];
    }),
  ) as DatasetScore['dimensions'];
  return {
    identifier: dataset.identifier ?? '',
    title: dataset.title ?? dataset.identifier ?? '',
    ...(dataset.publisher ? { publisher: dataset.publisher } : {}),
    points,
    max,
    percent,
    rating: ratingFor(percent),
    mandatoryComplete: results.every((r) => !r.mandatory || r.met === 'yes'),
    dimensions,
    indicators: results,
    fillFirst: results
      .filter((r) => r.met !== 'yes')
      .map((r) => ({ id: r.id, mandatory: r.mandatory, lost: r.max - r.points }))
      .sort(byUrgency)
      .map((r) => r.id),
  };
}

/**
 * A catalogue report: each dataset scored, ranked best first, and the indicators the catalogue
 * misses most (mandatory first) as what to fill first. `maxDatasets` bounds the work.
 */
export function scoreCatalogue(
  source: string,
  format: CatalogueReport['format'],
  datasets: readonly DatasetMetadata[],
  options: { scoredAt?: string; maxDatasets?: number } = {},
): CatalogueReport {
  const max = options.maxDatasets ?? 5_000;
  const scored = datasets.slice(0, max).map((d) => scoreDataset(d));
  const ranked = [...scored].sort((a, b) => b.percent - a.percent || a.title.localeCompare(b.title, 'es'));
  const percent = scored.length ? round1(scored.reduce((s, d) => s + d.percent, 0) / scored.length) : null;
  const fillFirst = INDICATORS.map((indicator) => {
    const results = scored.map((d) => d.indicators.find((r) => r.id === indicator.id)!);
    return {
      id: indicator.id,
      title: indicator.title,
      mandatory: indicator.mandatory,
      missing: results.filter((r) => r.met !== 'yes').length,
      pointsLost: round1(results.reduce((s, r) => s + (r.max - r.points), 0)),
    };
  })
    .filter((f) => f.missing > 0)
    .sort((a, b) => byUrgency({ mandatory: a.mandatory, lost: a.pointsLost }, { mandatory: b.mandatory, lost: b.pointsLost }));
  return CatalogueReport.parse({
    source,
    format,
    scoredAt: options.scoredAt ?? new Date().toISOString(),
    datasets: ranked,
    percent,
    rating: percent === null ? null : ratingFor(percent),
    fillFirst,
    skipped: Math.max(0, datasets.length - max),
  });
}
