import { FeedbackReason, OPEN_REASON_FIELDS, type OpenUsefulnessRow } from '../../../core/schemas/index.js';
import type { MonthlyUsefulness } from '../store/open-data.js';

/** A count as published: itself when 0 or at least k, else null (suppressed). */
const cell = (count: number, k: number): number | null => (count === 0 || count >= k ? count : null);

/**
 * k-suppression of one page-month. A month with fewer than k answers publishes no count at all.
 * Otherwise "useful" and "not useful" are published only when both are 0 or ≥ k (one could be
 * worked out from the other and the total), and each reason count only when 0 or ≥ k.
 */
export function openRow(site: string, m: MonthlyUsefulness, k: number): OpenUsefulnessRow {
  const reasons = Object.fromEntries(
    FeedbackReason.options.map((reason) => [OPEN_REASON_FIELDS[reason], m.total < k ? null : cell(m.reasons[reason] ?? 0, k)]),
  ) as Record<(typeof OPEN_REASON_FIELDS)[FeedbackReason], number | null>;
  const notUseful = m.total - m.useful;
  const split = m.total >= k && cell(m.useful, k) !== null && cell(notUseful, k) !== null;
  return {
    sitio: site,
    pagina: m.page,
    mes: m.month,
    respuestas: m.total < k ? null : m.total,
    utiles: split ? m.useful : null,
    no_utiles: split ? notUseful : null,
    ...reasons,
  };
}
