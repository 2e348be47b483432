/** Score trend: audit score and usefulness rate per month on one 0-100 scale (line + markers each). */
import type { Formatters, Strings } from '../i18n.js';
import type { TrendPoint } from '../model/panel.js';
import { ChartFigure } from './figure.js';
import { path, segments, xPositions, yScale } from './scale.js';

const W = 960;
const H = 250;
const M = { top: 14, right: 18, bottom: 36, left: 44 };

export function TrendChart({ trend, t, f }: { trend: readonly TrendPoint[]; t: Strings; f: Formatters }) {
  const xs = xPositions(trend.length, M.left + 12, W - M.right - 12);
  const y = yScale(M.top, H - M.bottom);
  // Months without an audit (or without answers) are skipped, not drawn as zero: the line joins the known points.
  const audit = segments(trend.map((p, i) => (p.score === null ? null : { x: xs[i]!, y: y(p.score) })).filter((p) => p !== null));
  const useful = segments(trend.map((p, i) => (p.usefulRate === null ? null : { x: xs[i]!, y: y(p.usefulRate * 100) })).filter((p) => p !== null));
  const scored = trend.filter((p) => p.score !== null);
  const rated = trend.filter((p) => p.usefulRate !== null);
  const description = trend.length
    ? t.trendDesc(
        f.monthLong(trend[0]!.period),
        f.monthLong(trend.at(-1)!.period),
        f.score(scored[0]?.score),
        f.score(scored.at(-1)?.score),
        f.percent(rated[0]?.usefulRate),
        f.percent(rated.at(-1)?.usefulRate),
      )
    : t.noData;
  const step = Math.ceil(trend.length / 8);
  return (
    <ChartFigure
      testId="chart-trend"
      title={t.trendTitle}
      description={description}
      tableLabel={t.showTable}
      chart={(ids) => (
        <svg class="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`} focusable="false">
          <title id={ids.title}>{t.trendTitle}</title>
          <desc id={ids.desc}>{description}</desc>
          {[0, 25, 50, 75, 100].map((v) => (
            <g key={v}>
              <line class="grid" x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
              <text class="axis" x={M.left - 8} y={y(v) + 4} text-anchor="end">
                {v}
              </text>
            </g>
          ))}
          {trend.map((p, i) =>
            i % step === 0 ? (
              <text key={p.period} class="axis" x={xs[i]} y={H - M.bottom + 18} text-anchor="middle">
                {f.month(p.period)}
              </text>
            ) : null,
          )}
          {useful.map((seg, i) => (
            <path key={`u${i}`} class="line-useful" d={path(seg)} />
          ))}
          {audit.map((seg, i) => (
            <path key={`a${i}`} class="line-audit" d={path(seg)} />
          ))}
          {trend.map((p, i) =>
            p.usefulRate === null ? null : <rect key={`us${i}`} class="mark-useful" x={xs[i]! - 4} y={y(p.usefulRate * 100) - 4} width="8" height="8" />,
          )}
          {trend.map((p, i) => (p.score === null ? null : <circle key={`as${i}`} class="mark-audit" cx={xs[i]} cy={y(p.score)} r="4.5" />))}
        </svg>
      )}
      table={
        <table class="data">
          <caption>{t.trendTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colMonth}</th>
              <th scope="col" class="num">{t.colAuditMean}</th>
              <th scope="col" class="num">{t.colAuditCount}</th>
              <th scope="col" class="num">{t.colUsefulRate}</th>
              <th scope="col" class="num">{t.colAnswers}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((p) => (
              <tr key={p.period}>
                <th scope="row">{f.monthLong(p.period)}</th>
                <td class="num">{f.score(p.score)}</td>
                <td class="num">{p.audits}</td>
                <td class="num">{f.percent(p.usefulRate)}</td>
                <td class="num">{p.answers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function TrendLegend({ t }: { t: Strings }) {
  return (
    <ul class="legend" aria-hidden="true">
      <li>
        <svg width="28" height="12" focusable="false">
          <line class="line-audit" x1="0" x2="28" y1="6" y2="6" />
          <circle class="mark-audit" cx="14" cy="6" r="4" />
        </svg>
        {t.trendAuditSeries}
      </li>
      <li>
        <svg width="28" height="12" focusable="false">
          <line class="line-useful" x1="0" x2="28" y1="6" y2="6" />
          <rect class="mark-useful" x="10" y="2" width="8" height="8" />
        </svg>
        {t.trendUsefulSeries}
      </li>
    </ul>
  );
}
