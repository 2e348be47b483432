/**
 * `proactiva audit <file-or-url>... [--format json|csv|html] [--out dir] [--profile f.json]
 * [--rules id|file] [--as-of date] [--concurrency n] [--head] [--lang es|en]` — the Node edge of
 * the core; `proactiva reglas …` and `proactiva catalogo …` live beside it.
 * Exit codes: 0 every page audited, 1 a page could not be read, 2 usage error.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromJsonProfile } from './profile-file.js';
import { summaryRows, toCsv, toCsvMany, toHtml, toJson } from '../report/index.js';
import type { AuditReport, Locale, Profile } from '../schemas/index.js';
import { auditInput, isUrl } from './audit-input.js';
import { parseCli, UsageError, USAGE, type CliOptions } from './cli-args.js';
import { renderFixFirst, renderTable, type FailedRow } from './cli-table.js';
import type { ResolvedRuleSet } from '../rules/schema.js';
import { mapLimit } from '../net/pool.js';
import { createProgress } from './progress.js';

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const EXT = { json: 'json', csv: 'csv', html: 'html' } as const;

/** A file name for an input: the file's base name, or host + path of a URL; unique within a run. */
export function slugFor(input: string, taken: Set<string>): string {
  let base: string;
  if (isUrl(input)) {
    try {
      const url = new URL(input);
      base = `${url.hostname}${url.pathname}`.replace(/\/+$/, '');
    } catch {
      base = input;
    }
  } else {
    base = basename(input, extname(input));
  }
  base = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80) || 'pagina';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

function render(report: AuditReport, format: keyof typeof EXT, locale: Locale): string {
  if (format === 'json') return toJson(report);
  if (format === 'csv') return toCsv(report, locale);
  return toHtml(report, { locale });
}

async function loadProfile(path: string): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--profile: cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return fromJsonProfile(text);
  } catch (error) {
    throw new UsageError(`--profile: ${(error as Error).message}`);
  }
}

/** Runs the CLI and resolves to its exit code (never calls process.exit itself). */
export async function runCli(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // Campaigns (issue 9) live in campaigns/; `proactiva worker` is `proactiva campaign worker`.
  if (argv[0] === 'campaign' || argv[0] === 'campana' || argv[0] === 'campaña') return (await import('../../campaigns/cli.js')).runCampaignCli(argv.slice(1), io);
  if (argv[0] === 'worker') return (await import('../../campaigns/cli.js')).runCampaignCli(argv, io);
  let options: CliOptions;
  let profile: Profile | undefined;
  try {
    options = parseCli(argv);
    if (options.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (!options.out && options.format === 'html' && options.inputs.length > 1) {
      throw new UsageError('--format html without --out prints one page only; use --out <dir> for several pages');
    }
    if (options.profile) profile = await loadProfile(options.profile);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`proactiva: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options.command === 'reglas' || options.command === 'rules') return (await import('./rules-cli.js')).runRules(options.inputs, options.lang, io);
  let rules: ResolvedRuleSet | undefined;
  try {
    if (options.rules) rules = await (await import('./rules-cli.js')).loadRuleSet(options.rules);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`proactiva: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.command !== 'audit') return (await import('./catalogue-cli.js')).runCatalogue(options, io, slugFor);
  const locale: Locale = options.lang === 'en' ? 'en' : 'es-MX';
  const progress = options.inputs.length > 1 ? createProgress(options.inputs.length, io.stderr) : null;
  const failed: FailedRow[] = [];
  const outcomes = await mapLimit(options.inputs, options.concurrency, async (input) => {
    try {
      const report = await auditInput(input, {
        head: options.head,
        inspectDownloads: options.inspectDownloads,
        timeoutMs: options.timeout,
        maxBytes: options.maxBytes,
        resourceLimits: { maxBytes: options.maxResourceBytes, maxRows: options.maxRows },
        ...(profile ? { profile } : {}),
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
        ...(rules ? { rules } : {}),
      });
      progress?.tick(input, true);
      return { input, report };
    } catch (error) {
      progress?.tick(input, false);
      return { input, error: error instanceof Error ? error.message : String(error) };
    }
  });
  progress?.done();
  const audited: { input: string; report: AuditReport }[] = [];
  for (const outcome of outcomes) {
    if ('report' in outcome && outcome.report) audited.push({ input: outcome.input, report: outcome.report });
    else {
      failed.push({ input: outcome.input, reason: outcome.error ?? 'unknown error' });
      io.stderr.write(`proactiva: ${options.lang === 'en' ? 'could not read' : 'no se pudo leer'} ${outcome.input}: ${outcome.error}\n`);
    }
  }
  if (options.out) {
    const format = options.format ?? 'json';
    await mkdir(options.out, { recursive: true });
    const taken = new Set<string>();
    for (const { input, report } of audited) {
      const file = join(options.out, `${slugFor(input, taken)}.${EXT[format]}`);
      await writeFile(file, render(report, format, locale), 'utf8');
    }
    if (format === 'csv' && audited.length > 1) {
      await writeFile(join(options.out, 'todas.csv'), toCsvMany(audited.map((a) => a.report), locale), 'utf8');
    }
  }
  if (options.format && !options.out) {
    const reports = audited.map((a) => a.report);
    if (options.format === 'csv') io.stdout.write(toCsvMany(reports, locale));
    else if (options.format === 'html') {
      if (reports[0]) io.stdout.write(toHtml(reports[0], { locale }));
    } else io.stdout.write(reports.length === 1 ? toJson(reports[0]!) : `[\n${reports.map((r) => toJson(r).trimEnd()).join(',\n')}\n]\n`);
  } else {
    const rows = summaryRows(audited.map((a) => a.report));
    io.stdout.write(renderTable(audited.map((a, i) => ({ page: a.input, row: rows[i]! })), failed, options.lang));
    io.stdout.write(renderFixFirst(audited.map((a) => a.report), options.lang));
  }
  return failed.length > 0 ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`proactiva: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
