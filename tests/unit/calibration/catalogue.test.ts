import { describe, expect, it } from 'vitest';
import { Catalogue, loadCatalogue } from '../../calibration/catalogue.js';

describe('calibration catalogue (tests/calibration/catalogue.json)', () => {
  it('holds at least 40 real pages, labelled, with their references and no more than four per site', async () => {
    const catalogue = await loadCatalogue();
    expect(catalogue.pages.length).toBeGreaterThanOrEqual(40);
    for (const page of catalogue.pages) {
      expect(page.commit ?? page.via).toBeTruthy();
      expect(page.reasons.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps references only: no page text, no markup', async () => {
    const raw = JSON.stringify(await loadCatalogue());
    expect(raw).not.toMatch(/<(?:html|body|div|table|p)[\s>]/i);
  });

  it('keeps two held-out sets (holdout.json, holdout-2.json), each of sites no earlier set has, with references only', async () => {
    const sets = [await loadCatalogue(), ...(await Promise.all(['holdout.json', 'holdout-2.json'].map((f) => loadCatalogue(new URL(`../../calibration/${f}`, import.meta.url)))))];
    const sites = new Set<string>();
    const ids = new Set<string>();
    for (const [index, set] of sets.entries()) {
      if (index) expect(set.pages.length).toBeGreaterThanOrEqual(10);
      for (const page of set.pages) {
        if (index) expect(sites.has(page.site), page.site).toBe(false);
        expect(ids.has(page.id), page.id).toBe(false);
        ids.add(page.id);
      }
      for (const page of set.pages) sites.add(page.site);
      expect(JSON.stringify(set)).not.toMatch(/<(?:html|body|div|table|p)[\s>]/i);
    }
  });

  it('rejects a fifth page of one site and a duplicate id', () => {
    const page = (id: string) => ({
      id,
      repo: 'owner/site',
      path: 'a.html',
      commit: null,
      via: 'read_file',
      url: null,
      captured: null,
      site: 'Sitio',
      level: 'municipal',
      kind: 'other',
      label: 10,
      reasons: ['uno', 'dos', 'tres'],
    });
    const five = ['p-a', 'p-b', 'p-c', 'p-d', 'p-e'].map(page);
    expect(Catalogue.safeParse({ description: '', rubric: '', labelledBy: '', pages: five }).success).toBe(false);
    expect(Catalogue.safeParse({ description: '', rubric: '', labelledBy: '', pages: [page('p-a'), page('p-a')] }).success).toBe(false);
    expect(Catalogue.safeParse({ description: '', rubric: '', labelledBy: '', pages: five.slice(0, 4) }).success).toBe(true);
  });
});
