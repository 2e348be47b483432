import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureScores, type PinnedScore } from './fixture-scores.js';

/**
 * Scores of every fixture under mx-lgtaip-2015, first pinned at commit ddbbeec (before check
 * parameters moved into rule sets). They move only with a change to a check's logic that reports
 * its calibration figures (docs/calibration.md); the diff of this file shows which fixtures moved.
 */
const pinned = JSON.parse(readFileSync(join(import.meta.dirname, 'pinned-scores-2015.json'), 'utf8')) as Record<string, PinnedScore>;

describe('fixture scores under mx-lgtaip-2015', () => {
  const now = fixtureScores({ budget: { maxMs: 120_000 }, rules: 'mx-lgtaip-2015' });

  it('covers the same fixtures', () => {
    expect(Object.keys(now).sort()).toEqual(Object.keys(pinned).sort());
  });

  it.each(Object.keys(pinned))('%s scores as pinned', (key) => {
    expect(now[key]).toEqual(pinned[key]);
  });
});
