import { audit, rescore, type AuditReport, type Check } from '../../../core/index.js';
import { defineCheck, fail, needsReview, partial, pass } from '../../../core/checks/define.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { rulesFor } from './test-rules.js';

/** Strings a hostile page can put in its title, text, attributes and URLs. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'; DROP TABLE x; --",
  '=HYPERLINK("http://evil.example","clic")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTAB',
  '\rCR',
  'comma, "quote" and\nnewline',
  '</style><style>body{display:none}</style>',
  'ñandú «México» — 😀 \u202Eevil',
];

export const HOSTILE_PAGE = `<!doctype html><html lang="es"><head><title>${HOSTILE[0]} ${HOSTILE[1]}</title></head>
<body><h1>${HOSTILE[10]}</h1><p id="x" title="&quot;><script>alert(3)</script>">${HOSTILE[1]}</p>
<a href="javascript:alert(4)">descarga</a><a href="data:text/html,<script>alert(5)</script>">d</a></body></html>`;

const meta = (id: string, criterion: Check['meta']['criterion'], mode: 'auto' | 'review' = 'auto') => ({
  id,
  criterion,
  mode,
  title: { es: `Título ${id}`, en: `Title ${id}` },
  failureTitle: { es: `Falla ${id}`, en: `Failure ${id}` },
  description: { es: `Descripción ${id}`, en: `Description ${id}` },
  help: { es: 'Ayuda', en: 'Help' },
  ...(mode === 'review'
    ? { question: { es: `¿Pregunta ${id}?`, en: `Question ${id}?` }, guidance: { es: 'Guía de revisión', en: 'Review guidance' } }
    : {}),
});

/** Test checks that copy hostile page content into their evidence, one per status. */
export const TEST_CHECKS: Check[] = [
  defineCheck(meta('echo-title', 'pertinente'), (ctx) =>
    fail([{ kind: 'text', snippet: ctx.doc.title.slice(0, 500), selector: 'head > title' }, { kind: 'url', url: 'javascript:alert(6)' }]),
  ),
  defineCheck(meta('echo-hostile', 'confiable'), () =>
    partial(HOSTILE.map((h) => ({ kind: 'value' as const, value: h, label: { es: h, en: h } })).slice(0, 12)),
  ),
  defineCheck(meta('plain-pass', 'actualizada'), () =>
    pass([{ kind: 'url', url: 'https://datos.gob.mx/busca/dataset/x', snippet: 'ok' }]),
  ),
  defineCheck(meta('ask-demand', 'pertinente', 'review'), () => needsReview([{ kind: 'text', snippet: HOSTILE[2] }])),
  defineCheck(meta('formula-cell', 'completa'), () => fail([{ kind: 'value', value: HOSTILE[3] }])),
];

export const FETCHED_AT = '2026-01-15T12:00:00.000Z';

/** A report with hostile content everywhere, a review answer with a hostile note, and truncation. */
export function hostileReport(): AuditReport {
  const snapshot = snapshotFromHtml(HOSTILE_PAGE, { url: 'https://www.gob.mx/x?<b>=1', fetchedAt: FETCHED_AT });
  snapshot.truncatedInput = [`bytes: ${HOSTILE[0]}`];
  const report = audit(snapshot, { checks: TEST_CHECKS, rules: rulesFor(TEST_CHECKS) });
  return rescore(report, {
    reviews: [{ checkId: 'ask-demand', answer: 'parcial', note: HOSTILE[1], reviewer: HOSTILE[0], answeredAt: FETCHED_AT }],
  });
}

/** A report from the real registered checks on a plain page. */
export function realReport(): AuditReport {
  const html = '<!doctype html><html lang="es-MX"><head><title>Datos abiertos</title></head><body><h1>Datos</h1><p>Texto.</p></body></html>';
  return audit(snapshotFromHtml(html, { url: 'https://www.gob.mx/datos', fetchedAt: FETCHED_AT }));
}

export { parseCsv } from '../../support/csv.js';
