/**
 * The open-data catalogue as the tablero shows it: the datasets of the latest catalogue audit of
 * each source in the date range (the collector picks it), kept to the sujeto obligado filter, in
 * the core's ranking (best described first), each with what to fill first — the indicators it
 * misses or half meets, mandatory first, and the points filling each adds (as the EU MQA does).
 */
import type { DatasetScore, IndicatorResult, Rating } from '../../../../core/catalogue/schema.js';
import { ratingFor } from '../../../../core/catalogue/rating.js';
import type { CatalogueAuditEntry, LocalizedText, PublicSite } from '../../../../core/schemas/index.js';
import type { Filters } from './filters.js';

export interface FillItem {
  id: string;
  title: LocalizedText;
  mandatory: boolean;
  /** Missing, or present but not enough (a short description, a date not in ISO 8601…). */
  met: Exclude<IndicatorResult['met'], 'yes'>;
  /** Points the dataset gains when the indicator is fully met. */
  gain: number;
}

export interface CatalogueDatasetView {
  /** Place in the selection, 1 = best described. */
  rank: number;
  identifier: string;
  title: string;
  /** The registered sujeto obligado that publishes it; null when none matches its publisher. */
  site: PublicSite | null;
  publisher: string | null;
  points: number;
  max: number;
  percent: number;
  rating: Rating;
  mandatoryComplete: boolean;
  /** Mandatory indicators not fully met, of how many. */
  mandatoryMissing: number;
  mandatoryTotal: number;
  fillFirst: FillItem[];
}

export interface CatalogueView {
  id: string;
  source: string;
  scoredAt: string;
  /** Datasets of the whole catalogue, every publisher. */
  total: number;
  datasets: CatalogueDatasetView[];
  /** Mean percent of the datasets shown, and its rating. */
  percent: number;
  rating: Rating;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function fillFirst(dataset: DatasetScore): FillItem[] {
  return dataset.fillFirst.flatMap((id) => {
    const r = dataset.indicators.find((i) => i.id === id);
    return r && r.met !== 'yes' ? [{ id, title: r.title, mandatory: r.mandatory, met: r.met, gain: round1(r.max - r.points) }] : [];
  });
}

/** One view per catalogue with datasets in the selection (the sujeto obligado filter; a page filter keeps its sujeto obligado). */
export function catalogueViews(sites: readonly PublicSite[], catalogues: readonly CatalogueAuditEntry[], filters: Pick<Filters, 'site'>): CatalogueView[] {
  const views: CatalogueView[] = [];
  for (const catalogue of catalogues) {
    const shown = catalogue.datasets.filter((d) => !filters.site || d.site === filters.site);
    if (!shown.length) continue;
    const datasets = shown.map((d, i): CatalogueDatasetView => {
      const mandatory = d.indicators.filter((r) => r.mandatory);
      return {
        rank: i + 1,
        identifier: d.identifier,
        title: d.title || d.identifier,
        site: sites.find((s) => s.id === d.site) ?? null,
        publisher: d.publisher ?? null,
        points: d.points,
        max: d.max,
        percent: d.percent,
        rating: d.rating,
        mandatoryComplete: d.mandatoryComplete,
        mandatoryMissing: mandatory.filter((r) => r.met !== 'yes').length,
        mandatoryTotal: mandatory.length,
        fillFirst: fillFirst(d),
      };
    });
    const percent = round1(datasets.reduce((sum, d) => sum + d.percent, 0) / datasets.length);
    views.push({ id: catalogue.id, source: catalogue.source, scoredAt: catalogue.scoredAt, total: catalogue.total, datasets, percent, rating: ratingFor(percent) });
  }
  return views;
}
