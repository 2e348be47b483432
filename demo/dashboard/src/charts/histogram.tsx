/** The distribution of the sujetos obligados' scores: one column per score range, its count written above it. */
import type { Formatters, Strings } from '../i18n.js';
import { toneFor } from './bar-list.js';
import { ChartFigure } from './figure.js';

export interface Bin {
  from: number;
  to: number;
  count: number;
}

const W = 640;
const H = 220;
const LEFT = 10;
const RIGHT = 630;
const TOP = 24;
const BOTTOM = 180;

export function Histogram({ bins, t, f }: { bins: readonly Bin[]; t: Strings; f: Formatters }) {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const scored = bins.reduce((n, b) => n + b.count, 0);
  const mode = bins.reduce<Bin | null>((best, b) => (b.count > (best?.count ?? 0) ? b : best), null);
  const description = t.distributionDesc(scored, f.score(mode?.from), f.score(mode?.to), mode?.count ?? 0);
  const slot = (RIGHT - LEFT) / Math.max(1, bins.length);
  return (
    <ChartFigure
      testId="chart-distribution"
      title={t.distributionTitle}
      description={description}
      tableLabel={t.showTable}
      chart={(ids) => (
        <svg class="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`} focusable="false">
          <title id={ids.title}>{t.distributionTitle}</title>
          <desc id={ids.desc}>{description}</desc>
          <line class="axis" x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} />
          {bins.map((b, i) => {
            const height = (b.count / max) * (BOTTOM - TOP);
            const x = LEFT + i * slot;
            return (
              <g key={b.from}>
                {b.count ? <rect class={`bar bar-${toneFor(b.from)}`} x={x + 4} y={BOTTOM - height} width={slot - 8} height={height} rx="2" /> : null}
                <text class="bar-value" x={x + slot / 2} y={BOTTOM - height - 6} text-anchor="middle">
                  {f.count(b.count)}
                </text>
                <text class="bar-label" x={x + slot / 2} y={BOTTOM + 18} text-anchor="middle">
                  {b.from}–{b.to}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      table={
        <table class="data">
          <caption>{t.distributionTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colRange}</th>
              <th scope="col" class="num">
                {t.colSites}
              </th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b, i) => (
              <tr key={b.from}>
                <th scope="row">{t.rangeOf(b.from, b.to, i === bins.length - 1)}</th>
                <td class="num">{f.count(b.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
