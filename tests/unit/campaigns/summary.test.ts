import { describe, expect, it } from 'vitest';
import { distribution, profileBy, rankSites, variation, type SiteInfo } from '../../../campaigns/summary.js';

const site = (siteId: string, ambito: string, entidad: string, pages: number): SiteInfo => ({ siteId, name: `SO ${siteId}`, ambito, entidad, pages });
const page = (siteId: string, score: number | null, pertinente: number | null = score) => ({ siteId, score, criteria: { pertinente } });

describe('campaign summary', () => {
  const sites = rankSites(
    [site('a', 'federal', 'Jalisco', 4), site('b', 'estatal', 'Jalisco', 2), site('c', 'estatal', 'Oaxaca', 3), site('d', 'municipal', 'Oaxaca', 0)],
    [page('a', 40), page('a', 61), page('b', 95), page('b', 92), page('c', null), page('c', 50, null)],
  );

  it('ranks sujetos obligados by mean page score with band and coverage; unscored last', () => {
    expect(sites.map((s) => [s.siteId, s.score, s.band, s.audited, s.coverage])).toEqual([
      ['b', 93.5, 'proactiva', 2, 1],
      ['a', 50.5, 'en-desarrollo', 2, 0.5],
      ['c', 50, 'en-desarrollo', 2, 2 / 3],
      ['d', null, null, 0, 0],
    ]);
    expect(sites.find((s) => s.siteId === 'c')!.criteria.pertinente).toBeNull();
    expect(sites.find((s) => s.siteId === 'a')!.criteria.pertinente).toBe(50.5);
  });

  it('bins scores (100 falls in the last bin) and profiles by ámbito and entidad', () => {
    const bins = distribution(sites);
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 2, 0, 0, 0, 1]);
    expect(distribution(rankSites([site('x', 'federal', 'J', 1)], [page('x', 100)]))[9]!.count).toBe(1);
    expect(profileBy(sites, 'ambito').map((g) => [g.group, g.sites, g.score])).toEqual([['estatal', 2, 71.8], ['federal', 1, 50.5], ['municipal', 1, null]]);
    expect(profileBy(sites, 'entidad').map((g) => g.group)).toEqual(['Jalisco', 'Oaxaca']);
  });

  it('computes the tasa de variación for sujetos obligados scored in both campaigns', () => {
    const before = rankSites([site('a', 'federal', 'J', 1), site('b', 'estatal', 'J', 1), site('c', 'estatal', 'O', 1)], [page('a', 40), page('b', 0), page('c', 80)]);
    expect(variation(sites, before)).toEqual([
      { siteId: 'b', name: 'SO b', previous: 0, current: 93.5, rate: null },
      { siteId: 'a', name: 'SO a', previous: 40, current: 50.5, rate: 26.3 },
      { siteId: 'c', name: 'SO c', previous: 80, current: 50, rate: -37.5 },
    ]);
  });
});
