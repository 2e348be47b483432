/**
 * What the tablero shows of a campaign, computed from its stored results (pure functions; the
 * loader is in summary-load.ts): the ranking of sujetos obligados with score, band and coverage,
 * the distribution of scores, the per-criterion profile by ámbito or entidad, and the tasa de
 * variación against an earlier campaign.
 */
import { CriterionId } from '../core/schemas/common.js';
import type { Band } from '../core/schemas/index.js';
import { bandFor } from '../core/scoring/band.js';

const CRITERIA = CriterionId.options;
type CriterionMeans = Record<CriterionId, number | null>;

export interface PageScore {
  siteId: string;
  score: number | null;
  criteria: Record<string, number | null>;
}

export interface SiteInfo {
  siteId: string;
  name: string;
  ambito: string;
  entidad: string;
  /** Pages the campaign settled for the site (audited, failed, excluded…), cancelled ones aside. */
  pages: number;
}

export interface SiteScore extends SiteInfo {
  /** Mean of its audited pages' scores (null when none could be scored). */
  score: number | null;
  band: Band | null;
  audited: number;
  /** Audited pages ÷ pages (0-1). */
  coverage: number;
  criteria: CriterionMeans;
}

/** Map.groupBy is ES2024; Node 20 lacks it. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const mean = (values: readonly (number | null | undefined)[]): number | null => {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return numbers.length === 0 ? null : Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10;
};

const criterionMeans = (rows: readonly { criteria: Record<string, number | null> }[]): CriterionMeans =>
  Object.fromEntries(CRITERIA.map((c) => [c, mean(rows.map((r) => r.criteria[c]))])) as CriterionMeans;

/** Sujetos obligados by score, best first (unscored last, then by id). */
export function rankSites(sites: readonly SiteInfo[], pages: readonly PageScore[]): SiteScore[] {
  const bySite = groupBy(pages, (p) => p.siteId);
  return sites
    .map((site) => {
      const own = bySite.get(site.siteId) ?? [];
      const score = mean(own.map((p) => p.score));
      return { ...site, score, band: bandFor(score), audited: own.length, coverage: site.pages === 0 ? 0 : own.length / site.pages, criteria: criterionMeans(own) };
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.siteId.localeCompare(b.siteId));
}

/** How many sujetos obligados fall in each score bin [from, to) (the last bin includes 100). */
export function distribution(sites: readonly SiteScore[], width = 10): { from: number; to: number; count: number }[] {
  const bins = Array.from({ length: Math.ceil(100 / width) }, (_, i) => ({ from: i * width, to: Math.min(100, (i + 1) * width), count: 0 }));
  for (const site of sites) {
    if (site.score === null) continue;
    bins[Math.min(bins.length - 1, Math.floor(site.score / width))]!.count++;
  }
  return bins;
}

/** Mean score and per-criterion means of the sujetos obligados of each ámbito or entidad. */
export function profileBy(sites: readonly SiteScore[], key: 'ambito' | 'entidad'): { group: string; sites: number; score: number | null; criteria: CriterionMeans }[] {
  return [...groupBy(sites, (s) => s[key]).entries()]
    .map(([group, members]) => ({ group, sites: members.length, score: mean(members.map((m) => m.score)), criteria: criterionMeans(members) }))
    .sort((a, b) => a.group.localeCompare(b.group, 'es'));
}

/** Tasa de variación per sujeto obligado present in both: (actual − anterior) ÷ anterior × 100. */
export function variation(current: readonly SiteScore[], previous: readonly SiteScore[]): { siteId: string; name: string; previous: number; current: number; rate: number | null }[] {
  const before = new Map(previous.map((s) => [s.siteId, s.score]));
  return current.flatMap((s) => {
    const prev = before.get(s.siteId);
    if (s.score === null || prev === null || prev === undefined) return [];
    return [{ siteId: s.siteId, name: s.name, previous: prev, current: s.score, rate: prev === 0 ? null : Math.round(((s.score - prev) / prev) * 1000) / 10 }];
  });
}
