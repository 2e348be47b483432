import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureScores, type PinnedScore } from './fixture-scores.js';

/**
 * Scores of every fixture as they were before check parameters moved into rule sets
 * (pinned at commit ddbbeec). Under mx-lgtaip-2015 they must not move.
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
