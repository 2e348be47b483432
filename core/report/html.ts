import { BAND_LABELS } from '../scoring/band.js';
import {
  localize,
  type AuditReport,
  type CheckResult,
  type CriterionResult,
  type Evidence,
  type Locale,
  type Recommendation,
} from '../schemas/index.js';
import { escapeHtml as e, safeHref } from './escape.js';
import { REPORT_CSS } from './html-styles.js';
import {
  ANSWER_LABELS,
  formatDate,
  formatDay,
  formatPercent,
  formatScore,
  label,
  MODE_LABELS,
  STAGE_LABELS,
  STATUS_LABELS,
  t,
} from './strings.js';

export interface HtmlOptions {
  locale?: Locale;
}

const link = (url: string): string => {
  const href = safeHref(url);
  return href ? `<a href="${e(href)}" rel="noreferrer noopener">${e(url)}</a>` : `<code>${e(url)}</code>`;
};

function evidenceItem(item: Evidence, locale: Locale): string {
  const parts: string[] = [];
  if (item.label) parts.push(`<strong>${e(localize(item.label, locale))}:</strong>`);
  if (item.value !== undefined) parts.push(e(item.value));
  if (item.snippet) parts.push(`«${e(item.snippet)}»`);
  if (item.selector) parts.push(`<code>${e(item.selector)}</code>`);
  if (item.url) parts.push(link(item.url));
  return `<li>${parts.join(' ')}</li>`;
}

function recommendationBlock(rec: Recommendation, locale: Locale): string {
  return `<dl class="rec">
<dt>${t('what', locale)}</dt><dd>${e(localize(rec.what, locale))}</dd>
<dt>${t('why', locale)}</dt><dd>${e(localize(rec.why, locale))}</dd>
<dt>${t('rule', locale)}</dt><dd>${e(localize(rec.rule, locale))}</dd>
</dl>`;
}

function reviewBlock(check: CheckResult, locale: Locale): string {
  const parts: string[] = [];
  if (check.question) parts.push(`<p><strong>${t('question', locale)}:</strong> ${e(localize(check.question, locale))}</p>`);
  if (check.guidance) parts.push(`<p class="muted"><strong>${t('guidance', locale)}:</strong> ${e(localize(check.guidance, locale))}</p>`);
  if (check.review) {
    const r = check.review;
    parts.push(
      `<p><strong>${t('answer', locale)}:</strong> ${e(label(ANSWER_LABELS, r.answer, locale))}` +
        (r.reviewer ? ` — ${t('reviewer', locale)}: ${e(r.reviewer)}` : '') +
        ` (${e(formatDate(r.answeredAt, locale))})</p>`,
    );
    if (r.note) parts.push(`<p><strong>${t('note', locale)}:</strong> ${e(r.note)}</p>`);
  }
  return parts.join('\n');
}

function checkBlock(check: CheckResult, locale: Locale): string {
  const failing = check.status === 'fail' || check.status === 'partial';
  const title = localize(failing ? check.failureTitle : check.title, locale);
  const status = label(STATUS_LABELS, check.status, locale);
  const score = check.score === null ? '' : ` · ${t('score', locale)}: ${formatScore(check.score * 100, locale)}`;
  const evidence = check.evidence.length
    ? `<ul class="evidence">${check.evidence.map((item) => evidenceItem(item, locale)).join('')}</ul>`
    : `<p class="muted">${t('noEvidence', locale)}</p>`;
  return `<article class="check ${e(check.status)}" aria-labelledby="chk-${e(check.id)}">
<h4 id="chk-${e(check.id)}">${e(title)}</h4>
<p><span class="status ${e(check.status)}">${e(status)}</span>${e(score)} · ${t('mode', locale)}: ${e(label(MODE_LABELS, check.mode, locale))} · ${t('weight', locale)}: ${e(check.weight)} · <code>${e(check.id)}</code></p>
<p>${e(localize(check.description, locale))}</p>
${check.detail ? `<p>${e(localize(check.detail, locale))}</p>` : ''}
${check.error ? `<p><strong>${t('error', locale)}:</strong> ${e(check.error)}</p>` : ''}
<p><strong>${t('evidence', locale)}</strong></p>
${evidence}
${reviewBlock(check, locale)}
${failing ? `<h5>${t('recommendation', locale)}</h5>${recommendationBlock(check.recommendation, locale)}` : ''}
</article>`;
}

function criterionSection(criterion: CriterionResult, locale: Locale): string {
  const checks = criterion.checks.length
    ? criterion.checks.map((check) => checkBlock(check, locale)).join('\n')
    : `<p class="muted">${t('noChecks', locale)}</p>`;
  return `<section aria-labelledby="crit-${e(criterion.id)}">
<h3 id="crit-${e(criterion.id)}">${e(localize(criterion.title, locale))}</h3>
<p>${t('score', locale)}: <strong>${e(formatScore(criterion.score, locale))}</strong> · ${t('coverage', locale)}: ${e(formatPercent(criterion.coverage, locale))} · ${e(label(STAGE_LABELS, criterion.stage, locale))}</p>
${checks}
</section>`;
}

function criteriaTable(report: AuditReport, locale: Locale): string {
  const rows = report.criteria
    .map(
      (c) => `<tr><th scope="row"><a href="#crit-${e(c.id)}">${e(localize(c.title, locale))}</a></th>
<td>${e(label(STAGE_LABELS, c.stage, locale))}</td><td class="num">${c.score === null ? '—' : e(formatScore(c.score, locale))}</td>
<td class="num">${e(formatPercent(c.coverage, locale))}</td><td class="num">${e(c.weight)}</td></tr>`,
    )
    .join('\n');
  return `<table>
<caption class="muted">${t('coverageHelp', locale)} ${t('noScoreLegend', locale)}</caption>
<thead><tr><th scope="col">${t('criterion', locale)}</th><th scope="col">${t('stage', locale)}</th><th scope="col">${t('score', locale)}</th><th scope="col">${t('coverage', locale)}</th><th scope="col">${t('weight', locale)}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

const EFFORT_KEY = { baja: 'effortBaja', media: 'effortMedia', alta: 'effortAlta' } as const;

/** "Suma 5,5 puntos · Esfuerzo: bajo" — or the old priority for reports made before rule sets. */
function gainLine(rec: AuditReport['recommendations'][number], locale: Locale): string {
  if (rec.gain === undefined) return `${t('priority', locale)}: ${e(formatScore(rec.priority, locale))}`;
  const effort = rec.effort ? ` · ${t('effort', locale)}: ${t(EFFORT_KEY[rec.effort], locale)}` : '';
  return `${t('gain', locale)} <strong>${e(formatScore(rec.gain, locale))}</strong> ${t('points', locale)}${effort}`;
}

function recommendationsList(report: AuditReport, locale: Locale): string {
  if (report.recommendations.length === 0) return `<p>${t('noRecommendations', locale)}</p>`;
  const sorted = [...report.recommendations].sort((a, b) => b.priority - a.priority);
  const titles = new Map(report.criteria.map((c) => [c.id, localize(c.title, locale)]));
  const essential = new Set(report.criteria.flatMap((c) => c.checks).filter((c) => c.essential).map((c) => c.id));
  return `<p class="muted">${t('recommendationsOrder', locale)}</p>
<ol class="recommendations">${sorted
    .map(
      (rec) => `<li><h4>${e(localize(rec.title, locale))}${essential.has(rec.checkId) ? ` <span class="tag">${t('essential', locale)}</span>` : ''}</h4>
<p class="muted">${e(titles.get(rec.criterion) ?? rec.criterion)} · ${e(label(STATUS_LABELS, rec.status, locale))} · ${gainLine(rec, locale)}</p>
${recommendationBlock(rec, locale)}</li>`,
    )
    .join('\n')}</ol>`;
}

/** Which essential checks fail, and the score the gate held back. */
function gateNotice(report: AuditReport, locale: Locale): string {
  if (!report.gate?.failing.length) return '';
  const titles = new Map(report.criteria.flatMap((c) => c.checks).map((c) => [c.id, localize(c.failureTitle, locale)]));
  const held = report.gate.heldBack
    ? `<p>${t('gateHeld', locale)} <strong>${e(formatScore(report.gate.uncappedScore ?? null, locale))}</strong>.</p>`
    : '';
  return `<section class="notice" role="note" aria-labelledby="gate"><h2 id="gate">${t('gateTitle', locale)}</h2>${held}
<p>${t('gateFailing', locale)}</p><ul>${report.gate.failing.map((id) => `<li>${e(titles.get(id) ?? id)}</li>`).join('')}</ul></section>`;
}

function rulesLine(report: AuditReport, locale: Locale): string {
  if (!report.rules) return e(t('rulesLegacy', locale));
  const r = report.rules;
  return `${e(localize(r.title, locale))} — ${e(r.id)} ${e(r.version)} <span class="muted">(sha256 ${e(r.hash.slice(0, 12))})</span>`;
}

function reviewsSection(report: AuditReport, locale: Locale): string {
  const answered = report.criteria.flatMap((c) => c.checks).filter((check) => check.review);
  if (answered.length === 0) return `<p>${t('noReviews', locale)}</p>`;
  return `<table><thead><tr><th scope="col">${t('check', locale)}</th><th scope="col">${t('answer', locale)}</th><th scope="col">${t('note', locale)}</th><th scope="col">${t('reviewer', locale)}</th></tr></thead><tbody>${answered
    .map((check) => {
      const r = check.review!;
      return `<tr><td>${e(localize(check.question ?? check.title, locale))}</td><td>${e(label(ANSWER_LABELS, r.answer, locale))}</td><td>${e(r.note ?? '')}</td><td>${e(r.reviewer ?? '')}<br><span class="muted">${e(formatDate(r.answeredAt, locale))}</span></td></tr>`;
    })
    .join('')}</tbody></table>`;
}

/**
 * The Documento de Recomendaciones for one page: standalone printable HTML (inline CSS, no
 * scripts, a CSP that forbids them), every string from the page escaped.
 */
export function toHtml(report: AuditReport, options: HtmlOptions = {}): string {
  const locale: Locale = options.locale ?? 'es-MX';
  const band = report.band ? (locale === 'en' ? BAND_LABELS[report.band].en : BAND_LABELS[report.band].es) : t('noScore', locale);
  const truncation = report.truncated
    ? `<section class="notice" role="note" aria-labelledby="trunc"><h2 id="trunc">${t('truncated', locale)}</h2><p>${t('truncatedBody', locale)}</p><ul>${report.truncation
        .map((reason) => `<li>${e(reason)}</li>`)
        .join('')}</ul></section>`
    : '';
  const docTitle = `${t('docTitle', locale)} — ${report.title || report.url}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="${e(report.tool.name)} ${e(report.tool.version)}">
<title>${e(docTitle)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${t('docTitle', locale)}</h1>
<p class="muted">${t('subtitle', locale)}</p>
<dl class="meta">
<dt>${t('page', locale)}</dt><dd>${link(report.url)}</dd>
<dt>${t('pageTitle', locale)}</dt><dd>${e(report.title)}</dd>
<dt>${t('fetchedAt', locale)}</dt><dd>${e(formatDate(report.fetchedAt, locale))}</dd>
<dt>${t('auditedAt', locale)}</dt><dd>${e(formatDate(report.auditedAt, locale))}</dd>
${report.asOf ? `<dt>${t('asOf', locale)}</dt><dd>${e(formatDay(report.asOf, locale))}</dd>
` : ''}<dt>${t('rules', locale)}</dt><dd>${rulesLine(report, locale)}</dd>
<dt>${t('profile', locale)}</dt><dd>${e(report.profile.name)}</dd>
<dt>${t('tool', locale)}</dt><dd>${e(report.tool.name)} ${e(report.tool.version)}</dd>
</dl>
</header>
<main>
${truncation}
${gateNotice(report, locale)}
<section aria-labelledby="summary"><h2 id="summary">${t('overall', locale)}</h2>
<ul class="scores">
<li>${t('overall', locale)}<span class="value">${e(formatScore(report.score, locale))}</span>${t('band', locale)}: <strong>${e(band)}</strong></li>
<li>${t('quality', locale)}<span class="value">${e(formatScore(report.subscores.quality, locale))}</span></li>
<li>${t('proactivity', locale)}<span class="value">${e(formatScore(report.subscores.proactivity, locale))}</span></li>
<li>${t('coverage', locale)}<span class="value">${e(formatPercent(report.coverage, locale))}</span></li>
</ul>
${criteriaTable(report, locale)}
</section>
<section aria-labelledby="recs"><h2 id="recs">${t('recommendations', locale)}</h2>
${recommendationsList(report, locale)}
</section>
<section aria-labelledby="crits"><h2 id="crits">${t('criteria', locale)}</h2>
${report.criteria.map((c) => criterionSection(c, locale)).join('\n')}
</section>
<section aria-labelledby="revs"><h2 id="revs">${t('reviews', locale)}</h2>
${reviewsSection(report, locale)}
</section>
</main>
<footer><p>${t('generated', locale)} ${e(report.tool.name)} ${e(report.tool.version)} · ${e(formatDate(report.auditedAt, locale))}</p></footer>
</body>
</html>
`;
}
