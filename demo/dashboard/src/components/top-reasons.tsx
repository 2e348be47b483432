import type { FeedbackReason } from '../../../../core/schemas/index.js';
import { useUi } from '../ui.js';

/** The two most cited reasons with their counts, or "Sin respuestas". */
export function TopReasons({ reasons, limit = 2 }: { reasons: readonly { reason: FeedbackReason; count: number }[]; limit?: number }) {
  const { t } = useUi();
  if (!reasons.length) return <span class="muted">—</span>;
  return (
    <ul class="reasons">
      {reasons.slice(0, limit).map((r) => (
        <li key={r.reason}>
          {t.reasons[r.reason]} <span class="muted">({t.criteriaShort[r.reason]}, {r.count})</span>
        </li>
      ))}
    </ul>
  );
}
