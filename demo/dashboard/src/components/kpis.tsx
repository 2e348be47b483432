/** The four headline indicators of the selection. */
import type { Aggregate } from '../model/panel.js';
import { useUi } from '../ui.js';
import { bandLabel } from '../i18n.js';
import { bandFor } from '../../../../core/scoring/band.js';
import { RuleChangeNote } from './rule-change.js';

export function Kpis({ aggregate, label }: { aggregate: Aggregate; label: string }) {
  const { t, f, lang } = useUi();
  const change = aggregate.periodChange;
  const last = aggregate.change;
  const band = bandFor(aggregate.meanScore);
  const acrossRules = Boolean(change?.ruleChanges.length);
  const trend = change && !acrossRules ? (change.points > 0.05 ? 'up' : change.points < -0.05 ? 'down' : 'flat') : 'flat';
  return (
    <section class="kpis" aria-labelledby="kpis-title">
      <h2 id="kpis-title">
        {t.summaryTitle}: <span class="selection">{label}</span>
      </h2>
      <dl class="kpi-grid">
        <div class="kpi" data-testid="kpi-score">
          <dt>{t.kpiScore}</dt>
          <dd class="kpi-value">
            {f.score(aggregate.meanScore)}
            {band ? <span class={`band band-${band}`}>{bandLabel(band, lang)}</span> : null}
          </dd>
          <dd class="kpi-help">{t.kpiScoreHelp(aggregate.audited)}</dd>
        </div>
        <div class="kpi" data-testid="kpi-change">
          <dt>{t.kpiChange}</dt>
          {change && acrossRules ? (
            <dd class="kpi-value kpi-rule-change">
              <RuleChangeNote changes={change.ruleChanges} />
              <span class="kpi-sub">{t.notComparable(`${f.rate(change.rate)}, ${t.points(f.points(change.points))}`)}</span>
            </dd>
          ) : (
            <dd class={`kpi-value trend-${trend}`}>
              {change ? f.rate(change.rate) : '—'}
              {change ? <span class="kpi-sub">{t.points(f.points(change.points))}</span> : null}
            </dd>
          )}
          <dd class="kpi-help">
            {aggregate.span && change ? t.kpiChangeHelp(f.month(aggregate.span.from), f.month(aggregate.span.to)) : t.noData}
            {last ? ` · ${t.kpiChangeLast(f.points(last.points))}${last.ruleChanges.length ? ` (${t.ruleChange.toLowerCase()})` : ''}` : ''}
          </dd>
          {acrossRules ? <dd class="kpi-help">{t.ruleChangeHelp}</dd> : null}
        </div>
        <div class="kpi" data-testid="kpi-useful">
          <dt>{t.kpiUseful}</dt>
          <dd class="kpi-value">{f.percent(aggregate.feedback.usefulRate)}</dd>
          <dd class="kpi-help">{t.kpiUsefulHelp(aggregate.feedback.useful, aggregate.feedback.total)}</dd>
        </div>
        <div class="kpi" data-testid="kpi-answers">
          <dt>{t.kpiAnswers}</dt>
          <dd class="kpi-value">{f.count(aggregate.feedback.total)}</dd>
          <dd class="kpi-help">{t.kpiAnswersHelp}</dd>
        </div>
      </dl>
    </section>
  );
}
