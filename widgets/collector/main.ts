/**
 * `npm run collector`: starts the collector with sensible defaults (127.0.0.1:8787, ./data),
 * creating a sites file with generated credentials when none exists, and prints where it
 * listens, where the data lives and where the credentials are. SIGINT/SIGTERM stop it cleanly.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { WebOrigin } from '../../core/schemas/index.js';
import { parseCli, UsageError, USAGE } from './cli-args.js';
import { DEFAULT_RATE_LIMIT, SpamRules } from './options.js';
import { runMaintenance } from './maintenance.js';
import { startCollector } from './server.js';
import { openStore } from './store/index.js';
import { createSitesFile, issueAuditorToken, readSitesFile, removeAuditor } from './sites-file.js';

async function main(): Promise<number> {
  let options;
  try {
    options = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const origins = z.array(WebOrigin).safeParse(options.dashboardOrigins);
  if (!origins.success) {
    console.error(`invalid dashboard origin: ${origins.error.issues[0]?.message}`);
    return 2;
  }

  if (options.maintenance) {
    const store = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir });
    try {
      const result = await runMaintenance(store, options.commentRetentionDays ?? 365);
      console.log(`Mantenimiento: ${result.commentsForgotten} comentarios borrados (más de ${options.commentRetentionDays ?? 365} días), ${result.countersPruned} contadores vencidos.`);
    } finally {
      await store.close();
    }
    return 0;
  }

  const sitesFile = resolve(options.sitesFile ?? join(options.dataDir, 'sites.json'));
  let created = false;
  if (!existsSync(sitesFile)) {
    createSitesFile(sitesFile);
    created = true;
  }
  if (options.addAuditor) {
    const auditor = issueAuditorToken(sitesFile, options.addAuditor);
    console.log(
      [
        `Token de ${auditor.name} (${auditor.id}) guardado en ${sitesFile}; el colector lo registra al iniciar.`,
        `  Token: ${auditor.token}`,
        '  Entréguelo a la persona por un canal seguro; en la extensión va en Opciones → Cola de verificación.',
      ].join('\n'),
    );
    return 0;
  }
  if (options.removeAuditor) {
    if (!removeAuditor(sitesFile, options.removeAuditor)) {
      console.error(`proactiva collector: no hay auditor(a) ${options.removeAuditor} en ${sitesFile}`);
      return 1;
    }
    console.log(`Auditor(a) ${options.removeAuditor} quitado(a) de ${sitesFile}; al iniciar, el colector rechaza su token y libera sus páginas tomadas.`);
    return 0;
  }
  const file = readSitesFile(sitesFile);
  const collector = await startCollector({
    host: options.host,
    port: options.port,
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    sitesFile,
    adminToken: options.adminToken,
    dashboardOrigins: origins.data,
    extensionOrigins: options.extensionOrigins,
    rateLimit: options.rateLimit,
    spam: options.spam,
    commentRetentionDays: options.commentRetentionDays,
    trustProxy: options.trustProxy,
  });

  const limits = options.rateLimit === false ? 'desactivados / off' : JSON.stringify({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit });
  const engine = collector.store.engine === 'sqlite' ? 'SQLite embebido (WAL, synchronous=FULL)' : 'PostgreSQL';
  // One write, so whoever reads the output (a supervisor, a test) gets the whole banner at once.
  const banner = [
    `Colector de Proactiva escuchando en ${collector.url}`,
    `  Datos: ${collector.store.where} — ${engine}`,
    `  Credenciales: ${sitesFile}${created ? ' (creado ahora con llaves nuevas; edite los orígenes de sus sitios)' : ''}`,
    `  Sitios: ${file.sites.map((s) => s.id).join(', ') || '(ninguno)'}`,
    `  Auditores (cola de verificación): ${file.auditors.map((a) => a.id).join(', ') || '(ninguno; --add-auditor <id> --auditor-name <nombre>)'}`,
    ...(!options.adminToken && !file.adminToken ? ['  Aviso: sin token de administración (PROACTIVA_ADMIN_TOKEN); solo los tokens de cada sitio leen datos.'] : []),
    `  Límites de solicitudes: ${limits}`,
    `  Comentarios: se borran ${options.commentRetentionDays ?? 365} días después de recibirlos (tarea cada hora)`,
    `  Reglas contra spam: ${options.spam === false ? 'desactivadas / off' : JSON.stringify(SpamRules.parse(options.spam ?? {}))}`,
    '  Ctrl-C para detener.',
  ];
  // Listen for the stop signals before the banner goes out: whoever reads it (a supervisor, a
  // test) may send SIGTERM the moment it sees it, and a signal without a handler kills the process.
  const stopped = new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void collector.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  console.log(banner.join('\n'));
  await stopped;
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`No se pudo iniciar el colector: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
