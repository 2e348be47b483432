/**
 * The zod/mini schemas <proactiva-summary> and <proactiva-score> check their data with. Not in
 * their first load: each element imports this chunk when it starts fetching, so the validation
 * code travels beside the data it validates instead of before the first render (issue 11). One
 * module for both, so that a page using the bundle of every widget loads it in one request.
 */
export { FeedbackSummary } from '../../core/schemas/summary.js';
export { ReportScoreView } from '../../core/schemas/score-view.js';
