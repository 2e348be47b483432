import { EFFORT_COST } from '../rules/schema.js';
import type { AuditReport, CriterionId, Effort, LocalizedText } from '../schemas/index.js';

/** One fix across a set of pages (a site): how many pages need it and what it adds to their average. */
export interface FixFirstItem {
  checkId: string;
  criterion: CriterionId;
  title: LocalizedText;
  what: LocalizedText;
  effort: Effort;
  /** Pages where the check fails or is partial. */
  pages: number;
  /** Points the fix adds to the average score of all the pages (each page's re-scored gain, averaged). */
  averageGain: number;
  /** averageGain per unit of effort: the order of the list. */
  priority: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * "What to fix first" for a set of pages: each recommendation's re-scored gains summed over the
 * pages and divided by their number, ranked by gain per effort. Reports made before rule sets
 * carry no gains and add nothing.
 */
export function fixFirst(reports: readonly Pick<AuditReport, 'recommendations'>[]): FixFirstItem[] {
  const byCheck = new Map<string, Omit<FixFirstItem, 'averageGain' | 'priority'> & { gain: number }>();
  for (const report of reports) {
    for (const rec of report.recommendations) {
      if (rec.gain === undefined) continue;
      const item = byCheck.get(rec.checkId) ?? {
        checkId: rec.checkId,
        criterion: rec.criterion,
        title: rec.title,
        what: rec.what,
        effort: rec.effort ?? 'media',
        pages: 0,
        gain: 0,
      };
      item.pages += 1;
      item.gain += rec.gain;
      byCheck.set(rec.checkId, item);
    }
  }
  const total = Math.max(1, reports.length);
  return [...byCheck.values()]
    .map(({ gain, ...item }) => {
      const averageGain = round1(gain / total);
      return { ...item, averageGain, priority: Math.round((averageGain / EFFORT_COST[item.effort]) * 1000) / 1000 };
    })
    .filter((item) => item.averageGain > 0)
    .sort((a, b) => b.priority - a.priority || b.averageGain - a.averageGain || a.checkId.localeCompare(b.checkId));
}
