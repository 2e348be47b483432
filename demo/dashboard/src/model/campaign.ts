/**
 * What the campaign view derives from the collector's answer (campaigns/view-schema.ts): the
 * ranking sorted by any column, the choropleth's 32 entidades with their mean score and colour
 * step, and the campaigns a campaign can be compared with.
 */
import type { CampaignSummary, GroupProfile, RankedSite } from '../../../../campaigns/view-schema.js';
import { ENTIDADES, entidadOf, type Entidad } from './entidades.js';

export type RankingKey = 'score' | 'name' | 'coverage' | 'ambito' | 'entidad';
export type SortDirection = 'ascending' | 'descending';
export interface RankingSort {
  key: RankingKey;
  direction: SortDirection;
}

/** The API's order: best score first. */
export const DEFAULT_SORT: RankingSort = { key: 'score', direction: 'descending' };

const text = (a: string, b: string) => a.localeCompare(b, 'es', { sensitivity: 'base' });

/**
 * The ranking in the asked order; ties keep the API's order (best score first). Sujetos obligados
 * without a score always go last, whatever the direction.
 */
export function sortRanking(rows: readonly RankedSite[], sort: RankingSort): RankedSite[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: RankedSite, b: RankedSite): number => {
    switch (sort.key) {
      case 'score':
        if (a.score === null || b.score === null) return a.score === b.score ? 0 : a.score === null ? 1 : -1;
        return sign * (a.score - b.score);
      case 'coverage':
        return sign * (a.coverage - b.coverage);
      case 'name':
        return sign * text(a.name, b.name);
      case 'ambito':
        return sign * text(a.ambito, b.ambito);
      case 'entidad':
        return sign * text(a.entidad, b.entidad);
    }
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** Clicking a column: the same column flips, a new one starts descending for numbers and ascending for words. */
export function nextSort(current: RankingSort, key: RankingKey): RankingSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'score' || key === 'coverage' ? 'descending' : 'ascending' };
}

/** Colour steps of the map, each with its lower bound: the bands, with en desarrollo split at 70. */
export const MAP_STEPS = [
  { step: 0, from: 0, to: 50 },
  { step: 1, from: 50, to: 70 },
  { step: 2, from: 70, to: 90 },
  { step: 3, from: 90, to: 100 },
] as const;

export const mapStep = (score: number | null): number | null =>
  score === null ? null : (MAP_STEPS.findLast((s) => score >= s.from)?.step ?? 0);

export interface EntidadScore extends Entidad {
  /** Mean score of the entidad's sujetos obligados (null: none in the campaign, or none scored). */
  score: number | null;
  sites: number;
  step: number | null;
}

/**
 * The 32 entidades with the campaign's mean per entidad (from byEntidad), and the groups that are
 * no entidad (e.g. "Nacional" for federal bodies, or a name the padrón misspelt), shown apart.
 */
export function entidadScores(byEntidad: readonly GroupProfile[]): { entidades: EntidadScore[]; elsewhere: GroupProfile[] } {
  const matched = new Map<string, GroupProfile[]>();
  const elsewhere: GroupProfile[] = [];
  for (const group of byEntidad) {
    const entidad = entidadOf(group.group);
    if (!entidad) elsewhere.push(group);
    else matched.set(entidad.id, [...(matched.get(entidad.id) ?? []), group]);
  }
  const entidades = ENTIDADES.map((entidad) => {
    const groups = matched.get(entidad.id) ?? [];
    const sites = groups.reduce((n, g) => n + g.sites, 0);
    // Two spellings of one entidad: their means weighted by how many sujetos obligados each has.
    const scored = groups.filter((g) => g.score !== null);
    const weight = scored.reduce((n, g) => n + g.sites, 0);
    const score = weight === 0 ? null : Math.round((scored.reduce((sum, g) => sum + g.score! * g.sites, 0) / weight) * 10) / 10;
    return { ...entidad, score, sites, step: mapStep(score) };
  });
  return { entidades, elsewhere };
}

/** Campaigns created before this one (what it can be compared with), latest first. */
export function comparable(campaigns: readonly CampaignSummary[], id: string): CampaignSummary[] {
  const current = campaigns.find((c) => c.id === id);
  if (!current) return [];
  return campaigns.filter((c) => c.id !== id && c.createdAt < current.createdAt).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
