// @vitest-environment happy-dom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../core/report/index.js';
import { hostileReport, realReport } from './report-helpers.js';

/** Loads the report into the happy-dom document and runs axe-core's WCAG 2.1 A/AA rules on it. */
async function violations(html: string) {
  document.open();
  document.write(html);
  document.close();
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // Contrast needs layout, which happy-dom has not; the palette is checked by hand in html-styles.ts.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('printable report accessibility (axe-core)', () => {
  it('has no WCAG 2.1 A/AA violations (es-MX, hostile content)', async () => {
    expect(await violations(toHtml(hostileReport()))).toEqual([]);
  });

  it('the harness does catch violations (guards against a silently empty axe run)', async () => {
    const broken = await violations('<!doctype html><html><head><title>x</title></head><body><img src="a.png"><a href="#"></a></body></html>');
    expect(broken.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(broken.some((v) => v.startsWith('html-has-lang'))).toBe(true);
  });

  it('has no WCAG 2.1 A/AA violations (en)', async () => {
    expect(await violations(toHtml(realReport(), { locale: 'en' }))).toEqual([]);
  });
});
