/**
 * `npm start`: builds what is stale (widgets, dashboard, extension), starts the collector on the
 * embedded database, seeds it once, serves the demo portal and the dashboard on 127.0.0.1 and
 * prints where everything is. SIGINT/SIGTERM stop it cleanly. Settings: demo/config.ts.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPaths, startDemo } from './app.js';
import { ensureBuilds, type BuildOutcome } from './build.js';
import { ConfigError, readConfig } from './config.js';
import { campaignQuery } from './dashboard/src/model/route.js';
import { DEMO_AUDITOR } from './credentials.js';
import { DEMO_CAMPAIGNS } from './seed/campaign-ids.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describeBuild(outcome: BuildOutcome): string {
  const { step, status, ms } = outcome;
  if (status === 'fresh') return `${step.name}: al día`;
  if (status === 'built') return `${step.name}: construido en ${seconds(ms)}`;
  if (status === 'missing') return `${step.name}: todavía no está en el repositorio, se omite`;
  return `${step.name}: FALLÓ la construcción (npm run ${step.script})`;
}

async function main(): Promise<number> {
  // performance.now() counts from the process start: the "lista en" time includes loading the code.
  const t0 = performance.now();
  let config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuración inválida: ${error.message}`);
      return 2;
    }
    throw error;
  }
  console.log('Proactiva: preparando la demostración…');

  if (!config.skipBuild) {
    const outcomes = await ensureBuilds(root);
    for (const outcome of outcomes) console.log(`  ${describeBuild(outcome)}`);
    const broken = outcomes.filter((o) => o.status === 'failed' || (o.status === 'missing' && !o.step.optional));
    for (const o of outcomes.filter((x) => x.status === 'failed')) console.error(`\n--- salida de npm run ${o.step.script} ---\n${o.log ?? ''}`);
    if (broken.some((o) => !o.step.optional)) {
      console.error('No se puede iniciar sin los widgets y el tablero.');
      return 1;
    }
  }
  const tBuilt = performance.now();

  const demo = await startDemo(config, demoPaths(root));
  const ready = performance.now();
  // Listen for Ctrl-C before announcing readiness: whoever reads the "Ctrl-C" line may send it at once.
  const stopped = new Promise<void>((done) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        console.error('Deteniendo a la fuerza.');
        process.exit(130);
      }
      stopping = true;
      console.log(`\nProactiva: deteniendo (${signal})…`);
      void demo.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  const extension = join(root, '.output/chrome-mv3');
  const note = (fellBack: boolean, wanted: number) => (fellBack ? ` (el puerto ${wanted} estaba ocupado)` : '');

  console.log('');
  console.log(`Proactiva: demostración lista en ${seconds(ready)} (construcción ${seconds(tBuilt - t0)}, ${demo.seed.seeded ? `datos iniciales ${seconds(demo.seed.ms)}` : 'datos existentes reutilizados'})`);
  console.log(`  Portal del sujeto obligado: ${demo.portal.url}/${note(demo.portal.fellBack, config.ports.portal)}`);
  console.log(`  Tablero de control:         ${demo.dashboard.url}/${note(demo.dashboard.fellBack, config.ports.dashboard)}`);
  console.log(`  Token del tablero:          ${demo.credentials.adminToken}`);
  console.log(`  Campaña de verificación:    ${demo.dashboard.url}/${campaignQuery({ campaign: DEMO_CAMPAIGNS.now.id, compare: DEMO_CAMPAIGNS.before.id, site: null })}`);
  console.log(`                              («${DEMO_CAMPAIGNS.now.name}», terminada: ${demo.seed.campaigns} páginas auditadas en dos campañas)`);
  console.log(`  Colector (API):             ${demo.collector.url}${note(demo.collectorFellBack, config.ports.collector)}`);
  console.log(`  Datos:                      ${config.dataDir} (${demo.seed.audits} auditorías de páginas, ${demo.seed.resources} de archivos, ${demo.seed.catalogue} conjuntos de datos del catálogo y ${demo.seed.feedback} respuestas sembradas${demo.seed.seeded ? ' ahora' : ' antes'})`);
  console.log(`  Extensión para cargar:      ${existsSync(join(extension, 'manifest.json')) ? extension : `(no construida: npm run build:extension) ${extension}`}`);
  console.log('  Cárgala en chrome://extensions → Modo de desarrollador → Cargar descomprimida.');
  console.log(`  Token de auditor(a):        ${demo.credentials.auditorToken} (${DEMO_AUDITOR.name}; en la extensión: Opciones → Cola de verificación)`);
  console.log('  Ctrl-C para detener.');

  await stopped;
  console.log('Proactiva: detenida. Los datos se conservan para el próximo inicio.');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`No se pudo iniciar la demostración: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
