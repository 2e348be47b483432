/** Rank correlation and error measures for the calibration study. Pure functions. */

/** Ranks 1..n, ties sharing their mean rank (as Spearman's ρ requires). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    const mean = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]!.index] = mean;
    i = j + 1;
  }
  return out;
}

/** Pearson's r; null when either side has no variance or fewer than 3 pairs. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error('pearson: lengths differ');
  const n = xs.length;
  if (n < 3) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's ρ: Pearson's r of the ranks (ties averaged). */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  return pearson(ranks(xs), ranks(ys));
}

/** Mean absolute error. */
export function meanAbsoluteError(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error('meanAbsoluteError: lengths differ');
  if (!xs.length) return 0;
  return xs.reduce((sum, x, i) => sum + Math.abs(x - ys[i]!), 0) / xs.length;
}
