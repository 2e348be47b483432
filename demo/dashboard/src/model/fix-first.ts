/** "Qué corregir primero" for a sujeto obligado: the core's fixFirst over each page's latest audit. */
import { fixFirst, type FixFirstItem } from '../../../../core/scoring/fix-first.js';
import type { PageView } from './panel.js';

export function siteFixFirst(pages: readonly PageView[]): FixFirstItem[] {
  return fixFirst(pages.flatMap((p) => (p.latest ? [p.latest.report] : [])));
}
