import { localize, type Evidence, type Locale } from '../schemas/index.js';

const MAX_SUMMARY = 600;

/** One line for one piece of evidence: "label: value — snippet (selector) <url>". */
export function evidenceLine(item: Evidence, locale: Locale): string {
  const parts: string[] = [];
  if (item.label) parts.push(`${localize(item.label, locale)}:`);
  if (item.value !== undefined) parts.push(String(item.value));
  if (item.snippet) parts.push(`«${item.snippet}»`);
  if (item.selector) parts.push(`(${item.selector})`);
  if (item.url) parts.push(`<${item.url}>`);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** All of a check's evidence in one bounded cell ("; " between items). */
export function evidenceSummary(items: readonly Evidence[], locale: Locale): string {
  const text = items.map((item) => evidenceLine(item, locale)).filter(Boolean).join('; ');
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}
