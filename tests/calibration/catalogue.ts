import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AsOfDate, CriterionId } from '../../core/schemas/index.js';

/** 0-100, the rubric's scale (../shared/rubric.md in the project notes). */
const Score = z.number().min(0).max(100);

/**
 * One real page of a sujeto obligado, labelled blind by a person before the tool ran on it.
 * Only the reference is kept (repository, path, commit), never the page's text.
 */
export const CalibrationPage = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, { error: 'id: lowercase kebab-case' }),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'repo: owner/name' }),
  path: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
  via: z.enum(['fetch', 'read_file']),
  /** The page's public address, when known; the audit reports it under this URL. */
  url: z.url().nullable(),
  /** When the copy was made: the page is judged as of this date (the verification date). */
  captured: AsOfDate.nullable(),
  site: z.string().min(1),
  level: z.enum(['federal', 'estatal', 'municipal', 'autonomo']),
  kind: z.enum(['dataset', 'open-data', 'transparency', 'budget', 'service', 'news', 'other']),
  label: Score,
  criteria: z.partialRecord(CriterionId, Score).optional(),
  reasons: z.array(z.string().min(3).max(300)).min(3).max(6),
});
export type CalibrationPage = z.infer<typeof CalibrationPage>;

export const Catalogue = z.object({
  description: z.string(),
  rubric: z.string(),
  labelledBy: z.string(),
  pages: z.array(CalibrationPage).min(1),
}).superRefine((catalogue, issue) => {
  const ids = new Set<string>();
  const perSite = new Map<string, number>();
  catalogue.pages.forEach((page, index) => {
    if (ids.has(page.id)) issue.addIssue({ code: 'custom', path: ['pages', index, 'id'], message: `duplicate id ${page.id}` });
    ids.add(page.id);
    perSite.set(page.site, (perSite.get(page.site) ?? 0) + 1);
  });
  for (const [site, count] of perSite) {
    if (count > 4) issue.addIssue({ code: 'custom', path: ['pages'], message: `${count} pages of ${site}: at most four per site` });
  }
});
export type Catalogue = z.infer<typeof Catalogue>;

export const CATALOGUE_PATH = new URL('./catalogue.json', import.meta.url);

export async function loadCatalogue(path: URL | string = CATALOGUE_PATH): Promise<Catalogue> {
  return Catalogue.parse(JSON.parse(await readFile(path, 'utf8')));
}
