/** Report renderers: pure and isomorphic (JSON, CSV, printable HTML, summary rows). */
export { toJson, fromJson } from './json.js';
export { toCsv, toCsvMany, csvHeader, csvCell } from './csv.js';
export { toHtml, type HtmlOptions } from './html.js';
export { summaryRows, type SummaryRow } from './summary.js';
export { escapeHtml, safeHref } from './escape.js';
export { evidenceSummary } from './evidence.js';
