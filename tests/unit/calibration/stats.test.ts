import { describe, expect, it } from 'vitest';
import { meanAbsoluteError, pearson, ranks, spearman } from '../../calibration/stats.js';

describe('calibration statistics', () => {
  it('ranks ties with their mean rank', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it('gives ρ = 1 for any increasing relation and −1 for a decreasing one', () => {
    const xs = [1, 2, 3, 4, 5];
    expect(spearman(xs, xs.map((x) => x ** 3))).toBeCloseTo(1, 10);
    expect(spearman(xs, xs.map((x) => -Math.exp(x)))).toBeCloseTo(-1, 10);
  });

  it('matches a hand-computed Spearman ρ with ties', () => {
    // ranks x: 1 2 3 4 5; ranks y: 2 1 4 4 4 → r of ranks = 7/√80 = 0.7826
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 7, 7, 7])).toBeCloseTo(0.7826, 3);
  });

  it('matches a hand-computed Pearson r', () => {
    expect(pearson([1, 2, 3], [1, 2, 4])).toBeCloseTo(0.9820, 3);
  });

  it('has no correlation without variance or with under three pairs', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(spearman([1, 2], [2, 1])).toBeNull();
  });

  it('measures the mean absolute error', () => {
    expect(meanAbsoluteError([10, 50, 90], [20, 50, 60])).toBeCloseTo(40 / 3, 10);
  });
});
