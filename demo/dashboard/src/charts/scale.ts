/** Shared geometry for the hand-written SVG charts. */
export const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Maps [0, 100] to [bottom, top] in SVG coordinates (y grows downwards). */
export const yScale = (top: number, bottom: number) => (value: number) => bottom - (clamp(value, 0, 100) / 100) * (bottom - top);

/** Evenly spaced x positions for n categories between left and right. */
export const xPositions = (n: number, left: number, right: number): number[] =>
  n <= 1 ? [(left + right) / 2] : Array.from({ length: n }, (_, i) => left + (i * (right - left)) / (n - 1));

/** Polyline segments, broken where a value is missing. */
export function segments(points: readonly ({ x: number; y: number } | null)[]): { x: number; y: number }[][] {
  const out: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  for (const p of points) {
    if (p) current.push(p);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

export const path = (pts: readonly { x: number; y: number }[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
