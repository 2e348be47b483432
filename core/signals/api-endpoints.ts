import type { AuditContext } from '../context.js';
import { clip } from './dom.js';
import { classifyFormat } from './formats.js';
import type { Download } from './links.js';
import { textBlocksSignal } from './text-blocks.js';

/** An address written in the page's text (an API's documentation shows its endpoints in <code> or <pre>). */
const URL_IN_TEXT = /https?:\/\/[^\s"'<>()[\]{}]+/giu;
const MAX_ENDPOINTS = 20;
const SCAN_CHARS = 60_000;

/**
 * Data services the page documents in its text rather than links: addresses in its own content
 * that the format rules read as an API, OGC or SPARQL service (a developer page listing
 * https://…/api/v1/… endpoints publishes that data as surely as a download link does).
 */
export function documentedEndpoints(ctx: AuditContext, known: ReadonlySet<string>): Download[] {
  const found: Download[] = [];
  const seen = new Set(known);
  let scanned = 0;
  for (const block of ctx.use(textBlocksSignal).blocks) {
    if (block.chrome) continue;
    if ((scanned += block.text.length) > SCAN_CHARS || found.length >= MAX_ENDPOINTS) break;
    for (const [raw] of block.text.matchAll(URL_IN_TEXT)) {
      let url: URL;
      try {
        url = new URL(raw.replace(/[.,;:]+$/, ''));
      } catch {
        continue;
      }
      const guess = classifyFormat({ url, text: '' });
      if (!guess || !['api', 'ogc', 'sparql'].includes(guess.format.id) || seen.has(url.href)) continue;
      seen.add(url.href);
      found.push({ element: block.element, url: url.href, text: clip(raw, 200), sameOrigin: ctx.url ? url.origin === ctx.url.origin : false, chrome: false, guess });
      if (found.length >= MAX_ENDPOINTS) break;
    }
  }
  return found;
}
