import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogueCsv, catalogueTable } from '../catalogue/render.js';
import type { CatalogueReport } from '../catalogue/schema.js';
import { auditCatalogueInput } from './catalogue-input.js';
import type { CliOptions } from './cli-args.js';
import { mapLimit } from '../net/pool.js';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** `proactiva catalogo <file-or-url>...`: one catalogue report per input (table, JSON or CSV). Exit 1 if one could not be read. */
export async function runCatalogue(options: CliOptions, io: Io, slugFor: (input: string, taken: Set<string>) => string): Promise<number> {
  const lang = options.lang;
  const outcomes = await mapLimit(options.inputs, options.concurrency, async (input) => {
    try {
      const report = await auditCatalogueInput(input, {
        maxBytes: options.maxResourceBytes,
        timeoutMs: options.timeout,
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      });
      return { input, report };
    } catch (error) {
      return { input, error: error instanceof Error ? error.message : String(error) };
    }
  });
  const reports: { input: string; report: CatalogueReport }[] = [];
  for (const o of outcomes) {
    if ('report' in o && o.report) reports.push({ input: o.input, report: o.report });
    else io.stderr.write(`proactiva: ${lang === 'en' ? 'could not read' : 'no se pudo leer'} ${o.input}: ${o.error}\n`);
  }
  const render = (r: CatalogueReport) =>
    options.format === 'json' ? `${JSON.stringify(r, null, 2)}\n` : options.format === 'csv' ? catalogueCsv(r, lang) : catalogueTable(r, lang);
  if (options.out) {
    await mkdir(options.out, { recursive: true });
    const taken = new Set<string>();
    const ext = options.format === 'json' ? 'json' : options.format === 'csv' ? 'csv' : 'txt';
    for (const { input, report } of reports) await writeFile(join(options.out, `${slugFor(input, taken)}.catalogo.${ext}`), render(report), 'utf8');
  } else if (options.format === 'json' && reports.length !== 1) {
    io.stdout.write(`${JSON.stringify(reports.map((r) => r.report), null, 2)}\n`);
  } else {
    io.stdout.write(reports.map((r) => render(r.report)).join('\n'));
  }
  return reports.length === outcomes.length ? 0 : 1;
}
