import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AsOfDate } from '../schemas/common.js';

export const CliOptions = z.object({
  command: z.enum(['audit', 'catalogo', 'catalog', 'reglas', 'rules'], { error: 'commands: "audit", "catalogo", "reglas"' }),
  inputs: z.array(z.string().min(1)).min(1, { error: 'give at least one file or URL' }),
  format: z.enum(['json', 'csv', 'html']).optional(),
  out: z.string().min(1).optional(),
  profile: z.string().min(1).optional(),
  concurrency: z.coerce.number().int().min(1).max(32).default(4),
  head: z.boolean().default(false),
  /** Pages: read each download and score what it really is (opt-in, same caps as --head). */
  inspectDownloads: z.boolean().default(false),
  /** Datasets and documents given as inputs: bytes read at most, rows profiled at most. */
  maxResourceBytes: z.coerce.number().int().min(1).max(4 * 1024 * 1024 * 1024).default(50 * 1024 * 1024),
  maxRows: z.coerce.number().int().min(1).max(100_000_000).default(1_000_000),
  lang: z.enum(['es', 'en']).default('es'),
  timeout: z.coerce.number().int().min(1).max(600_000).default(15_000),
  maxBytes: z.coerce.number().int().min(1).max(200 * 1024 * 1024).default(5 * 1024 * 1024),
  baseUrl: z.url({ error: '--base-url must be an absolute URL' }).optional(),
  asOf: AsOfDate.optional(),
  /** A built-in rule set id (mx-lgtaip-2025, mx-cdmx-2025@1.0.0…) or a rule-set JSON file. */
  rules: z.string().min(1).max(500).optional(),
  help: z.boolean().default(false),
});
export type CliOptions = z.infer<typeof CliOptions>;

const optionName = (key: PropertyKey | undefined): string =>
  key === undefined || key === 'command' || key === 'inputs' ? 'arguments' : `--${String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses and validates argv (without node and script). Throws UsageError with every problem found. */
export function parseCli(argv: readonly string[]): CliOptions {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        profile: { type: 'string' },
        concurrency: { type: 'string', short: 'c' },
        head: { type: 'boolean' },
        'inspect-downloads': { type: 'boolean' },
        'max-resource-bytes': { type: 'string' },
        'max-rows': { type: 'string' },
        lang: { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        'base-url': { type: 'string' },
        'as-of': { type: 'string' },
        rules: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    return CliOptions.parse({ command: 'audit', inputs: ['-'], help: true });
  }
  const [command, ...inputs] = positionals;
  const result = CliOptions.safeParse({
    command,
    inputs,
    format: values.format,
    out: values.out,
    profile: values.profile,
    concurrency: values.concurrency,
    head: values.head,
    inspectDownloads: values['inspect-downloads'],
    maxResourceBytes: values['max-resource-bytes'],
    maxRows: values['max-rows'],
    lang: values.lang,
    timeout: values.timeout,
    maxBytes: values['max-bytes'],
    baseUrl: values['base-url'],
    asOf: values['as-of'],
    rules: values.rules,
  });
  if (!result.success) {
    throw new UsageError(
      result.error.issues.map((i) => `${optionName(i.path[0])}: ${i.message}`).join('\n'),
    );
  }
  return result.data;
}

export const USAGE = `Uso / Usage:
  proactiva audit <archivo-o-url>... [opciones]     páginas HTML y también datos y documentos
                                                  (CSV, TSV, XLSX, ODS, JSON, XML, PDF)
  proactiva catalogo <archivo-o-url>... [opciones]  metadatos de un catálogo (DCAT data.json,
                                                  CKAN package_show/package_search, JSON-LD Dataset)
  proactiva reglas list | show <id|archivo> | diff <a> <b> | validate <archivo>...
                                                  conjuntos de reglas (leyes y ajustes estatales)
  proactiva campaign <acción> [opciones]            campañas sobre un padrón de sujetos obligados
                                                  (proactiva campaign --help)
  proactiva worker [-c n]                           trabajador de campañas / campaign worker

Opciones / Options:
  -f, --format json|csv|html  formato del reporte (con --out: un archivo por página;
                              sin --out: el reporte va a la salida estándar)
  -o, --out <dir>             carpeta donde escribir los reportes
      --profile <f.json>      perfil de ponderación (pesos por criterio)
  -c, --concurrency <n>       páginas en paralelo (1-32, por omisión 4)
      --head                  verifica las descargas con HEAD (estado, tipo, tamaño)
      --inspect-downloads     lee cada descarga de la página y evalúa lo que realmente es
      --max-resource-bytes <n> bytes leídos por archivo de datos o documento (por omisión 50 MB)
      --max-rows <n>          filas perfiladas por tabla como máximo (por omisión 1 000 000)
      --lang es|en            idioma de los reportes y la tabla (por omisión es)
      --timeout <ms>          tiempo máximo por URL (por omisión 15000)
      --max-bytes <n>         bytes leídos por página como máximo (por omisión 5 MB)
      --base-url <url>        URL con la que se reporta un archivo local
      --as-of <AAAA-MM-DD>    fecha de corte: la vigencia se juzga a esa fecha (por omisión, hoy)
      --rules <id|archivo>    conjunto de reglas (por omisión, la ley general vigente en la fecha
                              de corte: mx-lgtaip-2015 o mx-lgtaip-2025); ver «proactiva reglas list»
  -h, --help                  esta ayuda

Códigos de salida / Exit codes: 0 todas las páginas evaluadas, 1 alguna página no se pudo leer,
2 error de uso.
`;
