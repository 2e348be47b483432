import axe from 'axe-core';
import type { AccessibilityResults } from '../../core/index.js';

/** WCAG 2.1 A/AA, the level the `accesible` criterion scores (design §2). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One selector string for an axe target (frames and shadow roots joined with " >>> "). */
function targetText(target: axe.UnlabelledFrameSelector): string {
  return clip(target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' >>> '), 2_000);
}

/** axe-core's results reduced to what the core scores (core/schemas/snapshot.ts). */
export function reduceAxeResults(results: axe.AxeResults): AccessibilityResults {
  return {
    engine: 'axe-core',
    version: axe.version,
    standard: 'WCAG 2.1 A/AA',
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: clip(v.help, 500),
      helpUrl: clip(v.helpUrl, 500),
      nodes: v.nodes.slice(0, 50).map((n) => ({ target: targetText(n.target), html: clip(n.html, 500) })),
    })),
    passes: results.passes.length,
    incomplete: results.incomplete.length,
  };
}

let running: Promise<axe.AxeResults> | null = null;

/**
 * Runs axe-core on the live document (WCAG 2.1 A/AA only, violations in full, other groups as
 * counts). axe cannot run twice at once: a run still going (an earlier one that timed out) is
 * reported as busy instead of starting another.
 */
export async function runAxe(doc: Document, exclude: readonly string[]): Promise<AccessibilityResults> {
  if (running) throw new Error('axe-core is still busy with an earlier run');
  const context: axe.ElementContext = { include: doc, exclude: [...exclude] };
  running = axe.run(context, {
    runOnly: { type: 'tag', values: [...WCAG_TAGS] },
    resultTypes: ['violations'],
    iframes: false,
    elementRef: false,
  });
  try {
    return reduceAxeResults(await running);
  } finally {
    running = null;
  }
}
