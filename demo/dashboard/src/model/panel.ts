/**
 * The tablero's data model: audits and citizens' answers per page and per sujeto obligado, for
 * the filters in force. Pure functions of what the collector returned.
 */
import type { AuditEntry, CriterionId, FeedbackReason, PageFeedbackStats, PublicSite } from '../../../../core/schemas/index.js';
import { CriterionId as CriterionIds, FeedbackReason as FeedbackReasons } from '../../../../core/schemas/index.js';
import { auditChange, distinctRuleChanges, mean, qualityChange, type QualityChange } from './change.js';
import { inRange, type Filters } from './filters.js';

export const CRITERIA: readonly CriterionId[] = CriterionIds.options;
export const REASONS: readonly FeedbackReason[] = FeedbackReasons.options;

export interface Feedback {
  total: number;
  useful: number;
  usefulRate: number | null;
  reasons: Record<FeedbackReason, number>;
  series: { period: string; total: number; useful: number }[];
}

export interface PageView {
  site: PublicSite;
  page: string;
  title: string;
  /** Audits in the date range, oldest first. */
  audits: AuditEntry[];
  latest: AuditEntry | null;
  previous: AuditEntry | null;
  /** Latest audit against the one before it. */
  change: QualityChange | null;
  /** Latest audit against the first one in the date range. */
  periodChange: QualityChange | null;
  feedback: Feedback;
}

export interface TrendPoint {
  period: string;
  /** Mean score of the audits made that month (null when none). */
  score: number | null;
  audits: number;
  answers: number;
  useful: number;
  usefulRate: number | null;
}

export interface Aggregate {
  pages: number;
  audited: number;
  meanScore: number | null;
  change: QualityChange | null;
  periodChange: QualityChange | null;
  /** First and last month with an audit in the range. */
  span: { from: string; to: string } | null;
  criteria: Record<CriterionId, number | null>;
  feedback: Feedback;
  topReasons: { reason: FeedbackReason; count: number }[];
  trend: TrendPoint[];
}

export interface SiteView {
  site: PublicSite;
  pages: PageView[];
  aggregate: Aggregate;
}

export interface Panel {
  sites: SiteView[];
  /** Pages in the filters (site and page applied). */
  pages: PageView[];
  aggregate: Aggregate;
}

const emptyReasons = (): Record<FeedbackReason, number> => Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<FeedbackReason, number>;

const emptyFeedback = (): Feedback => ({ total: 0, useful: 0, usefulRate: null, reasons: emptyReasons(), series: [] });

function toFeedback(stats: PageFeedbackStats | undefined): Feedback {
  if (!stats) return emptyFeedback();
  const reasons = emptyReasons();
  for (const r of REASONS) reasons[r] = stats.reasons[r] ?? 0;
  return { total: stats.total, useful: stats.useful, usefulRate: stats.usefulRate, reasons, series: stats.series };
}

/** A short page title: the report's <title> without the institution after " | ". */
export function shortTitle(title: string | undefined, page: string): string {
  const main = (title ?? '').split(' | ')[0]?.trim();
  if (main) return main;
  try {
    return new URL(page).pathname.replace(/^\//, '') || page;
  } catch {
    return page;
  }
}

function sumFeedback(items: readonly Feedback[]): Feedback {
  const reasons = emptyReasons();
  const series = new Map<string, { total: number; useful: number }>();
  let total = 0;
  let useful = 0;
  for (const f of items) {
    total += f.total;
    useful += f.useful;
    for (const r of REASONS) reasons[r] += f.reasons[r];
    for (const s of f.series) {
      const cell = series.get(s.period) ?? { total: 0, useful: 0 };
      cell.total += s.total;
      cell.useful += s.useful;
      series.set(s.period, cell);
    }
  }
  return {
    total,
    useful,
    usefulRate: total ? useful / total : null,
    reasons,
    series: [...series.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, v]) => ({ period, ...v })),
  };
}

/** Month by month: mean score of the audits of that month, and the answers of that month. */
export function trendOf(pages: readonly PageView[], feedback: Feedback): TrendPoint[] {
  const months = new Map<string, number[]>();
  for (const p of pages) {
    for (const a of p.audits) {
      const period = a.auditedAt.slice(0, 7);
      if (a.score !== null) months.set(period, [...(months.get(period) ?? []), a.score]);
    }
  }
  const periods = new Set([...months.keys(), ...feedback.series.map((s) => s.period)]);
  return [...periods].sort().map((period) => {
    const scores = months.get(period) ?? [];
    const answers = feedback.series.find((s) => s.period === period);
    const total = answers?.total ?? 0;
    const useful = answers?.useful ?? 0;
    return { period, score: mean(scores), audits: scores.length, answers: total, useful, usefulRate: total ? useful / total : null };
  });
}

export function aggregate(pages: readonly PageView[]): Aggregate {
  const audited = pages.filter((p) => p.latest);
  const feedback = sumFeedback(pages.map((p) => p.feedback));
  const withChange = audited.filter((p) => p.change);
  const withPeriod = audited.filter((p) => p.periodChange);
  const months = audited.flatMap((p) => p.audits.map((a) => a.auditedAt.slice(0, 7))).sort();
  const criteria = Object.fromEntries(
    CRITERIA.map((c) => [c, mean(audited.map((p) => p.latest!.criteria[c]))]),
  ) as Record<CriterionId, number | null>;
  return {
    pages: pages.length,
    audited: audited.length,
    meanScore: mean(audited.map((p) => p.latest!.score)),
    // Over the pages with two audits in range: mean of their previous scores vs mean of their latest.
    // A rule change on any page flags the aggregate: its points are not like for like.
    change: qualityChange(mean(withChange.map((p) => p.change!.from)), mean(withChange.map((p) => p.change!.to)), distinctRuleChanges(withChange.map((p) => p.change))),
    periodChange: qualityChange(
      mean(withPeriod.map((p) => p.periodChange!.from)),
      mean(withPeriod.map((p) => p.periodChange!.to)),
      distinctRuleChanges(withPeriod.map((p) => p.periodChange)),
    ),
    span: months.length ? { from: months[0]!, to: months.at(-1)! } : null,
    criteria,
    feedback,
    topReasons: REASONS.map((reason) => ({ reason, count: feedback.reasons[reason] })).filter((r) => r.count > 0).sort((a, b) => b.count - a.count),
    trend: trendOf(pages, feedback),
  };
}

/**
 * Builds the panel: audits filtered by the date range here (the collector returns them all),
 * answers already filtered by the collector (stats are asked for with the range).
 */
export function buildPanel(sites: readonly PublicSite[], audits: readonly AuditEntry[], stats: readonly PageFeedbackStats[], filters: Filters): Panel {
  const keyOf = (site: string, page: string) => `${site} ${page}`;
  const auditsByPage = new Map<string, AuditEntry[]>();
  for (const a of audits) {
    if (!inRange(a.auditedAt, filters)) continue;
    const key = keyOf(a.site, a.page);
    auditsByPage.set(key, [...(auditsByPage.get(key) ?? []), a]);
  }
  const statsByPage = new Map(stats.map((s) => [keyOf(s.site, s.page), s]));
  const allAudited = new Map(audits.map((a) => [keyOf(a.site, a.page), a]));
  const keys = new Set([...allAudited.keys(), ...statsByPage.keys()]);
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const pages: PageView[] = [];
  for (const key of keys) {
    const sample = allAudited.get(key);
    const st = statsByPage.get(key);
    const siteId = sample?.site ?? st?.site;
    const page = sample?.page ?? st?.page;
    const site = siteId ? siteById.get(siteId) : undefined;
    if (!site || !page) continue;
    const list = [...(auditsByPage.get(key) ?? [])].sort((a, b) => a.auditedAt.localeCompare(b.auditedAt));
    const latest = list.at(-1) ?? null;
    const previous = list.at(-2) ?? null;
    pages.push({
      site,
      page,
      title: shortTitle((latest ?? sample)?.report.title, page),
      audits: list,
      latest,
      previous,
      change: auditChange(previous, latest),
      periodChange: list.length > 1 ? auditChange(list[0], latest) : null,
      feedback: toFeedback(st),
    });
  }
  pages.sort((a, b) => a.site.name.localeCompare(b.site.name, 'es') || a.title.localeCompare(b.title, 'es'));
  const siteViews = sites
    .map((site) => {
      const own = pages.filter((p) => p.site.id === site.id);
      return { site, pages: own, aggregate: aggregate(own) };
    })
    .filter((s) => !filters.site || s.site.id === filters.site);
  const selected = pages.filter((p) => (!filters.site || p.site.id === filters.site) && (!filters.page || p.page === filters.page));
  return { sites: siteViews, pages: selected, aggregate: aggregate(selected) };
}
