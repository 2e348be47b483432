import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CriterionId } from '../../../core/index.js';

const Range = z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]).refine(([min, max]) => min <= max, 'min > max');

/**
 * What the fixture's author expects from a correct audit (design §2), written before seeing the
 * output. A criterion set to null has no expectation (the author could not predict it); every one
 * of the ten ids must be listed so the choice is explicit.
 */
export const PageExpectation = z.object({
  url: z.url(),
  fetchedAt: z.iso.datetime(),
  overall: Range,
  criteria: z.record(CriterionId, Range.nullable()),
});
export type PageExpectation = z.infer<typeof PageExpectation>;

export const PAGES_DIR = join(import.meta.dirname, '../../fixtures/pages');

export interface FixturePage {
  name: string;
  html: string;
  expected: PageExpectation;
}

/** Every tests/fixtures/pages/<name>.html with its <name>.expected.json, validated. */
export function fixturePages(): FixturePage[] {
  return readdirSync(PAGES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      return {
        name,
        html: readFileSync(join(PAGES_DIR, file), 'utf8'),
        expected: PageExpectation.parse(JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), 'utf8'))),
      };
    });
}
