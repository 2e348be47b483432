/** Horizontal bars on the ten criteria (one row per criterion), with the value written at the end. */
import type { CriterionId } from '../../../../core/schemas/index.js';

export interface Bar {
  criterion: CriterionId;
  label: string;
  /** Bar length on its scale; null draws "—" (no data for this criterion). */
  value: number | null;
  text: string;
  /** An optional reference (e.g. the previous audit) drawn as a tick. */
  reference?: number | null;
  tone?: 'good' | 'mid' | 'low' | 'neutral';
}

const W = 640;
const ROW = 26;
const LABEL = 170;
const VALUE = 70;

export function BarList({ bars, max, ids, title, description, bands = false }: { bars: readonly Bar[]; max: number; ids: { title: string; desc: string }; title: string; description: string; bands?: boolean }) {
  const H = bars.length * ROW + 10;
  const x0 = LABEL;
  const x1 = W - VALUE;
  const x = (v: number) => x0 + (Math.max(0, Math.min(max, v)) / (max || 1)) * (x1 - x0);
  return (
    <svg class="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`} focusable="false">
      <title id={ids.title}>{title}</title>
      <desc id={ids.desc}>{description}</desc>
      {bands ? (
        <g class="bands">
          <rect class="band-low" x={x(0)} y="0" width={x(50) - x(0)} height={H - 6} />
          <rect class="band-mid" x={x(50)} y="0" width={x(90) - x(50)} height={H - 6} />
          <rect class="band-good" x={x(90)} y="0" width={x(100) - x(90)} height={H - 6} />
        </g>
      ) : null}
      {bars.map((bar, i) => {
        const top = 4 + i * ROW;
        return (
          <g key={bar.criterion}>
            <text class="bar-label" x={LABEL - 8} y={top + 15} text-anchor="end">
              {bar.label}
            </text>
            {bar.value === null ? null : <rect class={`bar bar-${bar.tone ?? 'neutral'}`} x={x0} y={top + 3} width={Math.max(1, x(bar.value) - x0)} height={ROW - 10} rx="2" />}
            {bar.reference === null || bar.reference === undefined ? null : <line class="bar-ref" x1={x(bar.reference)} x2={x(bar.reference)} y1={top} y2={top + ROW - 4} />}
            <text class="bar-value" x={bar.value === null ? x0 + 4 : x(bar.value) + 6} y={top + 15}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export const toneFor = (score: number | null): Bar['tone'] => (score === null ? 'neutral' : score >= 90 ? 'good' : score >= 50 ? 'mid' : 'low');
