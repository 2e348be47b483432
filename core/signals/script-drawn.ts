import { defineSignal } from '../context.js';
import { clip } from './dom.js';
import { complianceSignal, SOME_OWN_WORDS } from './compliance.js';
import { completenessSignal } from './completeness.js';
import { regionSignal } from './region.js';

export interface ScriptDrawn {
  /**
   * The empty element a script draws the page's content into (a chart, a map, an app's root), when
   * the served HTML holds almost no content of its own: a browser shows what the page publishes,
   * the served HTML does not. Null on any other page.
   */
  mountPoint: { element: Element; snippet: string } | null;
}

/** The id or class of an element scripts draw into: a chart, map, diagram, dashboard or app root. */
const DRAWING = /map|mapa|chart|graf|plot|sankey|diagram|viz|visual|tablero|dashboard|series|app|root/i;
const DRAWN_TAGS = new Set(['div', 'section', 'canvas', 'svg']);

/**
 * A page whose content a script draws: it runs scripts, has an empty element named as a chart,
 * map or app root in its content, and fewer than SOME_OWN_WORDS words of its own. Checks that
 * judge the page's own text or content report such a page as unmeasured (audit it in the browser,
 * where the extension sees the drawn content) instead of judging it empty.
 */
export const scriptDrawnSignal = defineSignal<ScriptDrawn>('script-drawn', (ctx) => {
  if (ctx.use(complianceSignal).ownWords >= SOME_OWN_WORDS || !ctx.use(completenessSignal).runsScripts) return { mountPoint: null };
  const { isChrome } = ctx.use(regionSignal);
  for (const el of ctx.elements()) {
    if (!DRAWN_TAGS.has(el.tagName.toLowerCase()) || el.children.length || (el.textContent ?? '').trim()) continue;
    const name = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (!DRAWING.test(name) || isChrome(el)) continue;
    ctx.truncate('script: the page draws its content with JavaScript (empty in the served HTML); audit it in the browser to judge it');
    return { mountPoint: { element: el, snippet: clip(`<${el.tagName.toLowerCase()} ${el.getAttribute('id') ? `id="${el.getAttribute('id')}"` : `class="${el.getAttribute('class')}"`}>`, 160) } };
  }
  return { mountPoint: null };
});
