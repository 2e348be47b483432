import type { FeedbackReason, FeedbackSummary } from '../../core/schemas/feedback.js';
import type { SummaryStrings } from './strings.js';

export interface SummaryText {
  /** "87 % la encontró útil" (null when nobody answered). */
  share: string | null;
  /** "214 respuestas" */
  answers: string;
  /** Share as a number 0-100 for the bar. */
  percent: number;
  /** Up to `top` reasons with at least one mention, most mentioned first. */
  reasons: { reason: FeedbackReason; label: string; count: string }[];
}

/** The words of a summary: percentages and counts in the locale's format, top reasons first. */
export function summaryText(summary: FeedbackSummary, t: SummaryStrings, top = 3): SummaryText {
  const number = new Intl.NumberFormat(t.numberLocale);
  const rate = summary.usefulRate ?? (summary.total > 0 ? summary.useful / summary.total : null);
  const percent = rate === null ? 0 : Math.round(rate * 100);
  const share = rate === null ? null : t.usefulShare(t.percent(number.format(percent)));
  const reasons = [...summary.reasons]
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .slice(0, top)
    .map((r) => ({ reason: r.reason, label: t.reason[r.reason], count: t.mentions(r.count, number.format(r.count)) }));
  return { share, answers: t.answers(summary.total, number.format(summary.total)), percent, reasons };
}
