import { parseArgs } from 'node:util';
import { SpamRules, type RateLimitOptions, type SpamOptions } from './options.js';

export const USAGE = `Uso / usage: npm run collector -- [opciones]

  --host <h>            dirección (PROACTIVA_HOST; 127.0.0.1)
  --port <n>            puerto, 0 = uno libre (PROACTIVA_PORT; 8787)
  --data <dir>          carpeta de la base embebida SQLite (PROACTIVA_DATA_DIR; ./data)
  --database-url <url>  PostgreSQL en lugar de SQLite (DATABASE_URL)
  --sites <archivo>     archivo de sitios (PROACTIVA_SITES_FILE; <data>/sites.json, se crea si falta)
  --rate-limit <spec>   off, o p. ej. feedbackPerIp=60,feedbackPerSite=6000,readsPerIp=600,windowMs=60000
                        (PROACTIVA_RATE_LIMIT)
  --no-rate-limit       sin límites (pruebas, carga de datos, mediciones)
  --spam <spec>         reglas contra spam: off, o p. ej. minAnswerMs=2000,repeatedCommentPages=3,
                        networkBurstLimit=30,networkBurstWindowMs=600000 (PROACTIVA_SPAM)
  --comment-retention-days <n>  días que se guardan los comentarios (PROACTIVA_COMMENT_RETENTION_DAYS; 365)
  --maintenance         ejecutar una vez el mantenimiento (retención de comentarios, contadores) y salir
  --add-auditor <id> --auditor-name <nombre>
                        emitir (o renovar) el token de un(a) auditor(a) en el archivo de sitios, imprimirlo y salir
  --remove-auditor <id> quitar a un(a) auditor(a) del archivo de sitios y salir; al iniciar, el colector
                        rechaza su token y libera sus páginas tomadas (sus respuestas se conservan)
  --trust-proxy         tomar la IP del cliente de X-Forwarded-For (PROACTIVA_TRUST_PROXY=1)
  --dashboard-origin <o> origen adicional con CORS, repetible (PROACTIVA_DASHBOARD_ORIGINS, separados por comas)
  --extension-origin <o> origen de la extensión de auditores (chrome-extension://<id>), repetible
                        (PROACTIVA_EXTENSION_ORIGINS, separados por comas)
  -h, --help

El token de administración va en PROACTIVA_ADMIN_TOKEN o en el archivo de sitios (nunca en la línea de órdenes).`;

export class UsageError extends Error {}

export interface CliOptions {
  help: boolean;
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  sitesFile: string | undefined;
  adminToken: string | undefined;
  rateLimit: RateLimitOptions | false | undefined;
  spam: SpamOptions | false | undefined;
  commentRetentionDays: number | undefined;
  /** Run one maintenance pass and exit. */
  maintenance: boolean;
  trustProxy: boolean;
  dashboardOrigins: string[];
  extensionOrigins: string[];
  /** Issue (or renew) a named auditor's token in the sites file, print it and exit. */
  addAuditor: { id: string; name: string } | undefined;
  removeAuditor: string | undefined;
}

const RATE_KEYS = new Set(['windowMs', 'feedbackPerIp', 'feedbackPerSite', 'readsPerIp']);

/** `off` | `key=n,key=n`. */
export function parseRateLimit(spec: string): RateLimitOptions | false {
  const text = spec.trim();
  if (/^(off|false|0|no)$/i.test(text)) return false;
  const options: Record<string, number> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value] = part.split('=').map((p) => p.trim());
    const n = Number(value);
    if (!key || !RATE_KEYS.has(key) || !Number.isInteger(n) || n < 1) throw new UsageError(`invalid rate limit "${part}" (expected off or ${[...RATE_KEYS].join('|')}=<positive integer>)`);
    options[key] = n;
  }
  return options as RateLimitOptions;
}

const SPAM_KEYS = new Set(Object.keys(SpamRules.shape));

/** `off` | `key=n,key=n` with the keys of SpamRules (ranges checked by the collector's zod schema). */
export function parseSpam(spec: string): SpamOptions | false {
  const text = spec.trim();
  if (/^(off|false|no)$/i.test(text)) return false;
  const options: Record<string, number> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value] = part.split('=').map((p) => p.trim());
    const n = Number(value);
    if (!key || !SPAM_KEYS.has(key) || !Number.isInteger(n) || n < 0) throw new UsageError(`invalid spam rule "${part}" (expected off or ${[...SPAM_KEYS].join('|')}=<integer>)`);
    options[key] = n;
  }
  const checked = SpamRules.safeParse(options);
  if (!checked.success) throw new UsageError(`invalid spam rules "${text}": ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return options as SpamOptions;
}

/** Options from argv, then the environment, then defaults. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        'database-url': { type: 'string' },
        sites: { type: 'string' },
        'rate-limit': { type: 'string' },
        'no-rate-limit': { type: 'boolean' },
        spam: { type: 'string' },
        'comment-retention-days': { type: 'string' },
        maintenance: { type: 'boolean' },
        'trust-proxy': { type: 'boolean' },
        'dashboard-origin': { type: 'string', multiple: true },
        'extension-origin': { type: 'string', multiple: true },
        'add-auditor': { type: 'string' },
        'auditor-name': { type: 'string' },
        'remove-auditor': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const portText = values.port ?? env.PROACTIVA_PORT ?? '8787';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`invalid port "${portText}"`);
  const rateSpec = values['rate-limit'] ?? env.PROACTIVA_RATE_LIMIT;
  const retentionText = values['comment-retention-days'] ?? env.PROACTIVA_COMMENT_RETENTION_DAYS;
  const commentRetentionDays = retentionText === undefined ? undefined : Number(retentionText);
  if (commentRetentionDays !== undefined && (!Number.isInteger(commentRetentionDays) || commentRetentionDays < 1 || commentRetentionDays > 36_500)) {
    throw new UsageError(`invalid comment retention "${retentionText}" (days, 1 to 36500)`);
  }
  const dataDir = values.data ?? env.PROACTIVA_DATA_DIR ?? 'data';
  if ((values['add-auditor'] === undefined) !== (values['auditor-name'] === undefined)) throw new UsageError('--add-auditor and --auditor-name go together');
  if (values['add-auditor'] !== undefined && values['remove-auditor'] !== undefined) throw new UsageError('--add-auditor and --remove-auditor: one at a time');
  return {
    help: values.help ?? false,
    host: values.host ?? env.PROACTIVA_HOST ?? '127.0.0.1',
    port,
    dataDir,
    databaseUrl: values['database-url'] ?? (env.DATABASE_URL || undefined),
    sitesFile: values.sites ?? env.PROACTIVA_SITES_FILE,
    adminToken: env.PROACTIVA_ADMIN_TOKEN || undefined,
    rateLimit: values['no-rate-limit'] ? false : rateSpec ? parseRateLimit(rateSpec) : undefined,
    spam: (values.spam ?? env.PROACTIVA_SPAM) ? parseSpam((values.spam ?? env.PROACTIVA_SPAM)!) : undefined,
    commentRetentionDays,
    maintenance: values.maintenance ?? false,
    trustProxy: values['trust-proxy'] ?? /^(1|true|yes)$/i.test(env.PROACTIVA_TRUST_PROXY ?? ''),
    extensionOrigins: [
      ...(values['extension-origin'] ?? []),
      ...(env.PROACTIVA_EXTENSION_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    ],
    addAuditor: values['add-auditor'] !== undefined ? { id: values['add-auditor'], name: values['auditor-name']! } : undefined,
    removeAuditor: values['remove-auditor'],
    dashboardOrigins: [
      ...(values['dashboard-origin'] ?? []),
      ...(env.PROACTIVA_DASHBOARD_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    ],
  };
}
