import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AsOfDate } from '../core/schemas/common.js';
import { UsageError } from '../core/node/cli-args.js';

const regex = z.string().min(1).refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, { error: 'expresión regular inválida' });

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const CampaignCli = z.object({
  action: z.enum(['create', 'crear', 'run', 'worker', 'status', 'estado', 'pause', 'pausar', 'resume', 'reanudar', 'cancel', 'cancelar', 'export', 'exportar', 'list', 'lista'], {
    error: 'acciones / actions: create, run, worker, status, pause, resume, cancel, export, list',
  }),
  id: z.string().min(1).optional(),
  padron: z.string().min(1).optional(),
  name: z.string().min(1).max(300).optional(),
  asOf: AsOfDate.optional(),
  profile: z.string().min(1).optional(),
  rules: z.string().min(1).optional(),
  start: z.string().min(1).transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean)).optional(),
  depth: count(0, 20).optional(),
  maxPages: count(1, 10_000).optional(),
  include: regex.optional(),
  exclude: regex.optional(),
  intervalMs: count(0, 600_000).optional(),
  politeness: z.enum(['on', 'off']).default('on'),
  timeout: count(1, 600_000).optional(),
  maxBytes: count(1, 200 * 1024 * 1024).optional(),
  head: z.boolean().default(false),
  inspectDownloads: z.boolean().default(false),
  concurrency: count(1, 64).default(4),
  out: z.string().min(1).optional(),
  format: z.enum(['table', 'json']).default('table'),
  databaseUrl: z.string().min(1).optional(),
  dataDir: z.string().min(1).optional(),
  lang: z.enum(['es', 'en']).default('es'),
  help: z.boolean().default(false),
});
export type CampaignCli = z.infer<typeof CampaignCli>;

/** Spanish action names are the same actions. */
export const ACTION: Record<CampaignCli['action'], 'create' | 'run' | 'worker' | 'status' | 'pause' | 'resume' | 'cancel' | 'export' | 'list'> = {
  create: 'create', crear: 'create', run: 'run', worker: 'worker', status: 'status', estado: 'status', pause: 'pause', pausar: 'pause',
  resume: 'resume', reanudar: 'resume', cancel: 'cancel', cancelar: 'cancel', export: 'export', exportar: 'export', list: 'list', lista: 'list',
};

const NEEDS_ID = new Set(['run', 'status', 'pause', 'resume', 'cancel', 'export']);

/** argv after `campaign`: the action, its campaign id when it takes one, and options. Throws UsageError listing every problem. */
export function parseCampaignCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CampaignCli {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        padron: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' }, 'as-of': { type: 'string' }, profile: { type: 'string' }, rules: { type: 'string' },
        start: { type: 'string' }, depth: { type: 'string' }, 'max-pages': { type: 'string' }, include: { type: 'string' }, exclude: { type: 'string' },
        'interval-ms': { type: 'string' }, politeness: { type: 'string' }, timeout: { type: 'string' }, 'max-bytes': { type: 'string' }, head: { type: 'boolean' }, 'inspect-downloads': { type: 'boolean' },
        concurrency: { type: 'string', short: 'c' }, out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' },
        'database-url': { type: 'string' }, 'data-dir': { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const [action, positionalId, ...extra] = parsed.positionals;
  if (v.help) return CampaignCli.parse({ action: action && action in ACTION ? action : 'list', help: true });
  const result = CampaignCli.safeParse({
    action, id: positionalId ?? v.id, padron: v.padron, name: v.name, asOf: v['as-of'], profile: v.profile, rules: v.rules, start: v.start, depth: v.depth,
    maxPages: v['max-pages'], include: v.include, exclude: v.exclude, intervalMs: v['interval-ms'], politeness: v.politeness, timeout: v.timeout,
    maxBytes: v['max-bytes'], head: v.head, inspectDownloads: v['inspect-downloads'], concurrency: v.concurrency, out: v.out, format: v.format,
    databaseUrl: v['database-url'] ?? (env.DATABASE_URL || undefined), dataDir: v['data-dir'] ?? (env.PROACTIVA_DATA_DIR || undefined), lang: v.lang,
  });
  const problems = result.success ? [] : result.error.issues.map((i) => `--${String(i.path[0] ?? 'arguments').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`);
  if (extra.length > 0) problems.push(`argumentos de más / extra arguments: ${extra.join(' ')}`);
  if (result.success) {
    const act = ACTION[result.data.action];
    if (act === 'create' && !result.data.padron) problems.push('--padron: create necesita el padrón CSV / create needs the padrón CSV');
    if (NEEDS_ID.has(act) && !result.data.id) problems.push(`${act}: falta el id de la campaña / the campaign id is missing`);
    if (act === 'export' && !result.data.out) problems.push('--out: export necesita una carpeta / export needs a folder');
  }
  if (problems.length > 0 || !result.success) throw new UsageError(problems.join('\n'));
  return result.data;
}

export const CAMPAIGN_USAGE = `Uso / Usage:
  proactiva campaign create --padron padron.csv [--name n] [--id id] [opciones]
  proactiva campaign run <id> [-c n]      procesa la campaña hasta terminar / runs it to the end
  proactiva campaign worker [-c n]        trabajador: atiende todas las campañas hasta Ctrl-C /
                                          a worker for every campaign until stopped (any number of them)
  proactiva campaign status <id> [-f json]  avance por sitio y total, fallas con su motivo
  proactiva campaign pause|resume|cancel <id>
  proactiva campaign export <id> --out <dir>  resultados.csv, resultados.json, sujetos-obligados.csv, datapackage.json
  proactiva campaign list

Padrón CSV (encabezados / headers): id, nombre, ambito (federal|estatal|municipal), entidad, url
  (varias URL de portal separadas por espacio, | o ; / several portal URLs separated by space, | or ;)

Opciones de create / create options:
      --as-of <AAAA-MM-DD>     fecha de corte de la verificación / verification date
      --profile <f.json>       perfil de ponderación / weighting profile
      --rules <id|archivo>     conjunto de reglas (por omisión, la ley vigente en --as-of) / rule set
      --start </a,/b>          rutas iniciales por portal (por omisión /) / start paths per portal
      --depth <n>              saltos de enlace desde una página inicial (por omisión 2) / link hops
      --max-pages <n>          páginas por sitio como máximo (por omisión 50) / pages per site at most
      --include <re>           solo URL que coincidan / only matching URLs
      --exclude <re>           omite URL que coincidan / skip matching URLs
      --interval-ms <n>        pausa entre peticiones a un mismo host (por omisión 1000) / gap per host
      --politeness on|off      off solo para bancos de prueba locales / off for local benches only
      --timeout <ms>           tiempo máximo por URL (por omisión 15000)
      --max-bytes <n>          bytes leídos por página (por omisión 5 MB)
      --head                   HEAD a cada descarga de la página (50 como máximo) / HEAD each download
      --inspect-downloads      lee cada descarga (30 como máximo, 10 MB, 10 s) y juzga lo que es en
                               realidad / reads each download and judges what it really is
                               (ambas con la misma cortesía que las páginas: turno por host, robots.txt,
                               Retry-After / both as politely as pages, on whatever host the file is)

Base de datos / Database: --database-url o DATABASE_URL (PostgreSQL); sin ella, un PostgreSQL
  embebido con datos en --data-dir o PROACTIVA_DATA_DIR (por omisión ./data) / without it, an
  embedded PostgreSQL keeps its data there.
Códigos de salida / Exit codes: 0 bien, 1 error, 2 error de uso / usage error.
`;
