/** A score with its band, and a change with its sign spelled out (not only by colour). */
import type { Band } from '../../../../core/schemas/index.js';
import { bandLabel } from '../i18n.js';
import type { QualityChange } from '../model/change.js';
import { useUi } from '../ui.js';
import { RuleChangeNote } from './rule-change.js';

export function ScoreCell({ score, band }: { score: number | null | undefined; band: Band | null | undefined }) {
  const { f, lang } = useUi();
  return (
    <span class="score">
      <span class="score-num">{f.score(score)}</span>
      {band ? <span class={`band band-${band}`}>{bandLabel(band, lang)}</span> : null}
    </span>
  );
}

export function ChangeCell({ change }: { change: QualityChange | null }) {
  const { f, t } = useUi();
  if (!change) return <span class="muted">—</span>;
  if (change.ruleChanges.length) {
    return (
      <span class="change">
        <RuleChangeNote changes={change.ruleChanges} />
        <span class="muted"> ({t.notComparable(t.points(f.points(change.points)))})</span>
      </span>
    );
  }
  const dir = change.points > 0.05 ? 'up' : change.points < -0.05 ? 'down' : 'flat';
  return (
    <span class={`change trend-${dir}`}>
      <span aria-hidden="true">{dir === 'up' ? '▲ ' : dir === 'down' ? '▼ ' : '■ '}</span>
      {t.points(f.points(change.points))}
      <span class="muted"> ({f.rate(change.rate)})</span>
    </span>
  );
}
