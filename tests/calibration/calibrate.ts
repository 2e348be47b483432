/**
 * The calibration study: audits cached copies of real pages and measures the scores against
 * the blind labels in catalogue.json (Spearman ρ, Pearson r, MAE, per criterion, largest gaps).
 *
 *   npm run calibrate -- <cache dir> [--json results.json] [--catalogue file.json] [--only id,…] [--today]
 *   npm run calibrate -- fill <cache dir> --mirrors <dir>   # copies pages out of git mirrors
 *
 * It fetches nothing: the cache holds `<id>.html` per page (the page as its repository holds it
 * at the catalogued commit). Not part of `npm test`: CI has no copies of the pages.
 */
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { audit } from '../../core/audit.js';
import { CRITERIA } from '../../core/criteria.js';
import { fileUrl, readPageFile } from '../../core/node/read-file.js';
import { snapshotFromHtml } from '../../core/node/snapshot.js';
import type { AuditReport, CriterionId } from '../../core/schemas/index.js';
import { loadCatalogue, type CalibrationPage } from './catalogue.js';
import { meanAbsoluteError, pearson, spearman } from './stats.js';

const CALIBRATION_BUDGET_MS = 120_000;

interface Scored {
  page: CalibrationPage;
  report: AuditReport;
  score: number;
}

const fmt = (n: number | null, digits = 2): string => (n === null ? '—' : n.toFixed(digits));
const pad = (s: string, n: number): string => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

/**
 * Audits a cached page as of its capture date, under its public URL. With `today`, as of today
 * instead: what `proactiva audit <file>` did before verification dates existed.
 */
async function auditPage(page: CalibrationPage, cache: string, today: boolean): Promise<Scored> {
  const path = join(cache, `${page.id}.html`);
  const read = await readPageFile(path);
  const asOf = today ? null : page.captured;
  const snapshot = snapshotFromHtml(read.html, {
    url: page.url ?? fileUrl(path),
    ...(asOf ? { fetchedAt: `${asOf}T12:00:00.000Z` } : {}),
  });
  snapshot.truncatedInput = read.truncatedInput;
  // A generous time budget: on a loaded machine the default 5 s could leave checks undecided and
  // make the figures depend on load rather than on the pages.
  const report = audit(snapshot, { budget: { maxMs: CALIBRATION_BUDGET_MS }, ...(asOf ? { asOf } : {}) });
  if (report.truncation.some((t) => t.startsWith('time'))) throw new Error(`${page.id}: the audit ran out of time; rerun on an idle machine`);
  return { page, report, score: report.score ?? 0 };
}

function criterionScore(report: AuditReport, id: CriterionId): number {
  return report.criteria.find((c) => c.id === id)?.score ?? 0;
}

function summarise(scored: readonly Scored[]) {
  const tool = scored.map((s) => s.score);
  const expert = scored.map((s) => s.page.label);
  const perCriterion = CRITERIA.map(({ id }) => {
    const values = scored.map((s) => criterionScore(s.report, id));
    const labelled = scored.filter((s) => s.page.criteria?.[id] !== undefined);
    const own = labelled.map((s) => criterionScore(s.report, id));
    const theirs = labelled.map((s) => s.page.criteria![id]!);
    return {
      id,
      rhoWithTotal: spearman(values, expert),
      rhoWithOwnLabel: labelled.length >= 3 ? spearman(own, theirs) : null,
      maeWithOwnLabel: labelled.length ? meanAbsoluteError(own, theirs) : null,
      mean: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length),
    };
  });
  const gaps = [...scored].sort((a, b) => Math.abs(b.score - b.page.label) - Math.abs(a.score - a.page.label)).slice(0, 10);
  return {
    n: scored.length,
    spearman: spearman(tool, expert),
    pearson: pearson(tool, expert),
    mae: meanAbsoluteError(tool, expert),
    toolRange: [Math.min(...tool), Math.max(...tool)],
    expertRange: [Math.min(...expert), Math.max(...expert)],
    perCriterion,
    gaps,
  };
}

function print(scored: readonly Scored[], missing: readonly string[]): void {
  const s = summarise(scored);
  const out: string[] = [];
  out.push(`Calibración: ${s.n} páginas${missing.length ? ` (${missing.length} sin copia en la caché: ${missing.join(', ')})` : ''}`);
  out.push('');
  out.push(`${pad('página', 34)} ${pad('experto', 8)} ${pad('herramienta', 12)} dif.`);
  for (const x of [...scored].sort((a, b) => a.page.label - b.page.label)) {
    out.push(`${pad(x.page.id, 34)} ${pad(String(x.page.label), 8)} ${pad(x.score.toFixed(1), 12)} ${(x.score - x.page.label).toFixed(1)}`);
  }
  out.push('');
  out.push(`Spearman ρ = ${fmt(s.spearman)}   Pearson r = ${fmt(s.pearson)}   MAE = ${fmt(s.mae, 1)} puntos`);
  out.push(`Rango herramienta ${s.toolRange.map((v) => v.toFixed(0)).join('–')}; rango experto ${s.expertRange.join('–')}`);
  out.push('');
  out.push(`${pad('criterio', 20)} ${pad('ρ vs total', 11)} ${pad('ρ vs propio', 12)} ${pad('MAE propio', 11)} media`);
  for (const c of s.perCriterion) {
    out.push(`${pad(c.id, 20)} ${pad(fmt(c.rhoWithTotal), 11)} ${pad(fmt(c.rhoWithOwnLabel), 12)} ${pad(fmt(c.maeWithOwnLabel, 1), 11)} ${c.mean.toFixed(1)}`);
  }
  out.push('');
  out.push('Diez mayores desacuerdos:');
  for (const g of s.gaps) {
    const worst = g.report.criteria
      .map((c) => `${c.id} ${c.score === null ? '—' : Math.round(c.score)}${g.page.criteria?.[c.id] !== undefined ? `/${g.page.criteria[c.id]}` : ''}`)
      .join(', ');
    out.push(`- ${g.page.id}: experto ${g.page.label}, herramienta ${g.score.toFixed(1)} — ${g.page.reasons.join('; ')}`);
    out.push(`    criterios (herramienta/experto): ${worst}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function fill(cache: string, mirrors: string, pages: readonly CalibrationPage[]): Promise<number> {
  const run = promisify(execFile);
  await mkdir(cache, { recursive: true });
  let failed = 0;
  for (const page of pages) {
    if (!page.commit) {
      process.stderr.write(`${page.id}: sin commit; cópiela a mano\n`);
      failed++;
      continue;
    }
    const root = join(mirrors, page.repo.replace('/', '+'));
    try {
      // A mirror is a bare repository or a checkout whose repository is in .git.
      const mirror = (await readdir(root)).map((d) => join(root, d))[0]!;
      const gitDir = existsSync(join(mirror, '.git')) ? join(mirror, '.git') : mirror;
      const { stdout } = await run('git', ['--git-dir', gitDir, 'show', `${page.commit}:${page.path}`], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
      await writeFile(join(cache, `${page.id}.html`), stdout);
    } catch (error) {
      process.stderr.write(`${page.id}: ${(error as Error).message.split('\n')[0]}\n`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      catalogue: { type: 'string' },
      mirrors: { type: 'string' },
      only: { type: 'string' },
      today: { type: 'boolean', default: false },
    },
  });
  const catalogue = await loadCatalogue(values.catalogue ? resolve(values.catalogue) : undefined);
  const only = values.only ? new Set(values.only.split(',')) : null;
  const pages = catalogue.pages.filter((p) => !only || only.has(p.id));
  if (positionals[0] === 'fill') {
    if (!positionals[1] || !values.mirrors) throw new Error('uso: calibrate fill <caché> --mirrors <carpeta de espejos git>');
    return fill(resolve(positionals[1]), resolve(values.mirrors), pages);
  }
  const cache = positionals[0];
  if (!cache) throw new Error('uso: npm run calibrate -- <carpeta con <id>.html> [--json resultados.json]');
  const present = new Set(await readdir(resolve(cache)));
  const missing = pages.filter((p) => !present.has(`${p.id}.html`)).map((p) => p.id);
  const scored: Scored[] = [];
  for (const page of pages) {
    if (present.has(`${page.id}.html`)) scored.push(await auditPage(page, resolve(cache), values.today ?? false));
  }
  if (scored.length < 3) throw new Error(`sólo ${scored.length} páginas en la caché: no hay nada que medir`);
  print(scored, missing);
  if (values.json) {
    const summary = summarise(scored);
    const rows = scored.map((x) => ({
      id: x.page.id,
      label: x.page.label,
      score: x.score,
      criteria: Object.fromEntries(x.report.criteria.map((c) => [c.id, c.score])),
    }));
    await writeFile(values.json, JSON.stringify({ ...summary, gaps: summary.gaps.map((g) => g.page.id), rows }, null, 2));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`calibrate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
