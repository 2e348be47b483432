/** Answers the collector refused as spam in the filtered period, per reason (issue 11). */
import { RefusalReason, type RefusalCount } from '../../../../core/schemas/index.js';
import { useUi } from '../ui.js';

export function RefusalsCard({ refusals, site }: { refusals: readonly RefusalCount[] | null; site: string | null }) {
  const { t, f } = useUi();
  const mine = (refusals ?? []).filter((r) => site === null || r.site === site);
  const byReason = RefusalReason.options.map((reason) => ({ reason, count: mine.filter((r) => r.reason === reason).reduce((n, r) => n + r.count, 0) }));
  const total = byReason.reduce((n, r) => n + r.count, 0);
  return (
    <section class="refusals" aria-labelledby="refusals-title" data-testid="refusals">
      <h2 id="refusals-title">{t.refusalsTitle}</h2>
      <p class="kpi-help">{t.refusalsHelp}</p>
      {refusals === null ? null : total === 0 ? (
        <p>{t.refusalsNone}</p>
      ) : (
        <>
          <p class="refusals-total">{t.refusalsTotal(total)}</p>
          <dl class="refusal-list">
            {byReason
              .filter((r) => r.count > 0)
              .map((r) => (
                <div key={r.reason}>
                  <dt>{t.refusalReasons[r.reason]}</dt>
                  <dd>{f.count(r.count)}</dd>
                </div>
              ))}
          </dl>
        </>
      )}
    </section>
  );
}
