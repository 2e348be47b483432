import mexico from '@svg-maps/mexico';
import { describe, expect, it } from 'vitest';
import type { CampaignSummary, GroupProfile, RankedSite } from '../../../campaigns/view-schema.js';
import { comparable, DEFAULT_SORT, entidadScores, mapStep, nextSort, sortRanking } from '../../../demo/dashboard/src/model/campaign.js';
import { ENTIDADES, entidadOf } from '../../../demo/dashboard/src/model/entidades.js';
import { campaignQuery, routeFromQuery } from '../../../demo/dashboard/src/model/route.js';

const site = (siteId: string, score: number | null, extra: Partial<RankedSite> = {}): RankedSite => ({
  siteId,
  name: siteId,
  ambito: 'estatal',
  entidad: 'Jalisco',
  pages: 2,
  audited: 2,
  coverage: 1,
  score,
  band: null,
  criteria: {},
  ...extra,
});

describe('campaign view model: the ranking table', () => {
  // The API's order: best first, unscored last.
  const api = [site('b', 90, { name: 'Beta', coverage: 0.5, entidad: 'Oaxaca' }), site('a', 90, { name: 'Álamo', entidad: 'Chiapas' }), site('c', 40, { name: 'Cedro', ambito: 'federal' }), site('d', null, { name: 'Delta', coverage: 0 })];

  it('keeps the API order by default and on ties; unscored last in both directions', () => {
    expect(sortRanking(api, DEFAULT_SORT).map((s) => s.siteId)).toEqual(['b', 'a', 'c', 'd']);
    expect(sortRanking(api, { key: 'score', direction: 'ascending' }).map((s) => s.siteId)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('sorts by name (Spanish, accents folded), coverage, ámbito and entidad', () => {
    expect(sortRanking(api, { key: 'name', direction: 'ascending' }).map((s) => s.name)).toEqual(['Álamo', 'Beta', 'Cedro', 'Delta']);
    expect(sortRanking(api, { key: 'name', direction: 'descending' }).map((s) => s.name)).toEqual(['Delta', 'Cedro', 'Beta', 'Álamo']);
    expect(sortRanking(api, { key: 'coverage', direction: 'descending' }).map((s) => s.siteId)).toEqual(['a', 'c', 'b', 'd']);
    expect(sortRanking(api, { key: 'ambito', direction: 'ascending' }).map((s) => s.siteId)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortRanking(api, { key: 'entidad', direction: 'ascending' }).map((s) => s.siteId)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('a click flips the sorted column; a new column starts descending for numbers, ascending for words', () => {
    expect(nextSort(DEFAULT_SORT, 'score')).toEqual({ key: 'score', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'coverage')).toEqual({ key: 'coverage', direction: 'descending' });
  });
});

describe('campaign view model: the map of the 32 entidades', () => {
  it('has one entidad per path of @svg-maps/mexico, and no other', () => {
    const ids = (mexico as { locations: { id: string }[] }).locations.map((l) => l.id).sort();
    expect(ids).toHaveLength(32);
    expect(ENTIDADES.map((e) => e.id).sort()).toEqual(ids);
  });

  it('matches a padrón’s entidad whatever its accents, case or official long name', () => {
    expect(entidadOf('nuevo leon')?.id).toBe('nle');
    expect(entidadOf('Veracruz de Ignacio de la Llave')?.id).toBe('ver');
    expect(entidadOf('Estado de México')?.id).toBe('mex');
    expect(entidadOf('México')?.id).toBe('mex');
    expect(entidadOf('CDMX')?.id).toBe('cmx');
    expect(entidadOf('Estado de Jalisco')?.id).toBe('jal');
    expect(entidadOf('Nacional')).toBeNull();
    expect(entidadOf('Valle Esmeralda')).toBeNull();
  });

  it('gives all 32 with their mean (two spellings of one entidad weighted by sujetos obligados), no data as null, and the rest apart', () => {
    const groups: GroupProfile[] = [
      { group: 'Jalisco', sites: 3, score: 80, criteria: {} },
      { group: 'jalisco', sites: 1, score: 40, criteria: {} },
      { group: 'Oaxaca', sites: 1, score: null, criteria: {} },
      { group: 'Nacional', sites: 2, score: 61.6, criteria: {} },
    ];
    const { entidades, elsewhere } = entidadScores(groups);
    expect(entidades).toHaveLength(32);
    expect(entidades.find((e) => e.id === 'jal')).toMatchObject({ score: 70, sites: 4, step: 2 });
    expect(entidades.find((e) => e.id === 'oax')).toMatchObject({ score: null, sites: 1, step: null });
    expect(entidades.find((e) => e.id === 'zac')).toMatchObject({ score: null, sites: 0, step: null });
    expect(elsewhere.map((g) => g.group)).toEqual(['Nacional']);
  });

  it('colours by band, with en desarrollo split at 70', () => {
    expect([0, 49.9, 50, 69.9, 70, 89.9, 90, 100].map(mapStep)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(mapStep(null)).toBeNull();
  });
});

describe('campaign view model: comparison and address', () => {
  const list: CampaignSummary[] = [
    { id: 'v1', name: 'Uno', status: 'running', createdAt: '2025-06-30T09:00:00.000Z' },
    { id: 'v2', name: 'Dos', status: 'running', createdAt: '2025-11-30T09:00:00.000Z' },
    { id: 'v3', name: 'Tres', status: 'cancelled', createdAt: '2026-06-30T09:00:00.000Z' },
  ];

  it('offers only earlier campaigns, latest first', () => {
    expect(comparable(list, 'v3').map((c) => c.id)).toEqual(['v2', 'v1']);
    expect(comparable(list, 'v1')).toEqual([]);
    expect(comparable(list, 'nada')).toEqual([]);
  });

  it('reads and writes the campaign view in the address', () => {
    expect(routeFromQuery('?site=agua&from=2026-01-01')).toEqual({ view: 'panel' });
    const route = { campaign: 'demo 2026/s2', compare: 'no', site: 'ficticio-agua-jalisco' };
    expect(routeFromQuery(campaignQuery(route))).toEqual({ view: 'campaigns', ...route });
    expect(campaignQuery({ campaign: null, compare: null, site: null })).toBe('?vista=campanas');
    expect(routeFromQuery('?vista=campanas')).toEqual({ view: 'campaigns', campaign: null, compare: null, site: null });
  });
});
