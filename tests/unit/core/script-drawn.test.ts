import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

const page = (body: string, scripts = true) =>
  snapshotFromHtml(
    `<!doctype html><html lang="es-MX"><head><title>Balance de energía | Secretaría de Energía</title>${scripts ? '<script src="/js/chart.js"></script>' : ''}</head><body><main><h1>Balance de energía</h1>${body}</main></body></html>`,
    { url: 'https://energia.edomex.gob.mx/balance', fetchedAt: '2026-06-15T12:00:00.000Z' },
  );
const check = (report: ReturnType<typeof audit>, id: string) => report.criteria.flatMap((c) => c.checks).find((c) => c.id === id)!;
const SHELL = '<label for="a">Año</label><select id="a"><option>2025</option></select><div id="sankey-chart"></div>';
const PROSE = Array.from({ length: 12 }, (_, i) => `<p>El balance del año ${2014 + i} muestra cuánta energía produjo el estado, cuánta importó y en qué sectores se usó cada tipo de combustible.</p>`).join('');

describe('content drawn by JavaScript', () => {
  it('reports a chart shell as unmeasured in the served HTML, not as a page without content, and flags the report', () => {
    const report = audit(page(SHELL));
    for (const id of ['beyond-compliance', 'readability-inflesz', 'long-sentences']) {
      expect(check(report, id).status, id).toBe('not-applicable');
      expect(check(report, id).unmeasured, id).toBe(true);
    }
    expect(report.truncated).toBe(true);
    expect(report.truncation?.join(' ')).toMatch(/JavaScript/);
  });

  it('still fails the same shell when no script can draw it', () => {
    const report = audit(page(SHELL, false));
    expect(check(report, 'beyond-compliance').status).toBe('fail');
  });

  it('judges a page with its own text as usual, empty chart or not', () => {
    const report = audit(page(`${PROSE}${SHELL}`));
    expect(check(report, 'beyond-compliance').status).toBe('pass');
    expect(check(report, 'readability-inflesz').unmeasured).toBeFalsy();
  });
});
