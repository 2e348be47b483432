import { readFile } from 'node:fs/promises';
import { fromJsonProfile } from '../core/node/profile-file.js';
import { loadRuleSet } from '../core/node/rules-cli.js';
import { UsageError } from '../core/node/cli-args.js';
import { CampaignNotFoundError, CampaignStateError, createCampaign, getCampaign, listCampaigns, setStatus } from './campaigns.js';
import { ACTION, CAMPAIGN_USAGE, parseCampaignCli, type CampaignCli } from './cli-args.js';
import { openEngine, type CampaignEngine } from './engine.js';
import { exportCampaign } from './export.js';
import type { CampaignOptionsInput } from './options.js';
import { parsePadron, type PadronEntry } from './padron.js';
import { renderProgress, watchProgress } from './progress-view.js';
import { campaignProgress } from './status.js';
import { startWorker } from './worker.js';

interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const say = (lang: 'es' | 'en', es: string, en: string) => (lang === 'en' ? en : es);

/** The campaign options from the create flags (a profile file is read and validated here). */
async function optionsFrom(cli: CampaignCli): Promise<CampaignOptionsInput> {
  let profile;
  if (cli.profile) {
    try {
      profile = fromJsonProfile(await readFile(cli.profile, 'utf8'));
    } catch (error) {
      throw new UsageError(`--profile: ${(error as Error).message}`);
    }
  }
  // A built-in id or a garante's file, resolved now so every worker audits by the same rules.
  const rules = cli.rules ? await loadRuleSet(cli.rules) : undefined;
  return {
    crawl: {
      ...(cli.start ? { start: cli.start } : {}),
      ...(cli.depth !== undefined ? { depth: cli.depth } : {}),
      ...(cli.maxPages !== undefined ? { maxPages: cli.maxPages } : {}),
      ...(cli.include ? { include: cli.include } : {}),
      ...(cli.exclude ? { exclude: cli.exclude } : {}),
    },
    politeness: { enabled: cli.politeness === 'on', ...(cli.intervalMs !== undefined ? { intervalMs: cli.intervalMs } : {}) },
    audit: {
      ...(cli.asOf ? { asOf: cli.asOf } : {}),
      ...(profile ? { profile } : {}),
      ...(rules ? { rules } : {}),
      ...(cli.timeout ? { timeoutMs: cli.timeout } : {}),
      ...(cli.maxBytes ? { maxBytes: cli.maxBytes } : {}),
      head: cli.head,
      inspectDownloads: cli.inspectDownloads,
    },
  };
}

/** Waits for SIGINT/SIGTERM (a worker runs until then). */
const untilSignal = () =>
  new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });

async function act(cli: CampaignCli, engine: CampaignEngine, io: Io, padron?: PadronEntry[], options?: CampaignOptionsInput): Promise<number> {
  const { lang } = cli;
  switch (ACTION[cli.action]) {
    case 'create': {
      if (cli.id && (await listCampaigns(engine.db)).some((c) => c.id === cli.id)) {
        io.stderr.write(say(lang, `proactiva campaign: ya existe la campaña ${cli.id}\n`, `proactiva campaign: campaign ${cli.id} already exists\n`));
        return 1;
      }
      const campaign = await createCampaign(engine, cli.name ?? cli.padron!, padron!, options!, cli.id);
      const entries = padron!;
      const { total } = await campaignProgress(engine.db, campaign.id);
      io.stdout.write(`${campaign.id}\n`);
      io.stderr.write(say(lang, `campaña creada: ${entries.length} sujetos obligados, ${total.queued} páginas iniciales\n`, `campaign created: ${entries.length} sujetos obligados, ${total.queued} start pages\n`));
      return 0;
    }
    case 'run': {
      await setStatus(engine.db, cli.id!, 'running');
      await startWorker(engine, { concurrency: cli.concurrency });
      const progress = await watchProgress(engine.db, cli.id!, io.stderr, lang);
      io.stdout.write(renderProgress(progress, lang));
      return 0;
    }
    case 'worker':
      await startWorker(engine, { concurrency: cli.concurrency, onError: (e) => io.stderr.write(`proactiva worker: ${String(e)}\n`) });
      io.stderr.write(say(lang, `trabajador listo (${engine.mode}); Ctrl-C para terminar\n`, `worker ready (${engine.mode}); Ctrl-C to stop\n`));
      await untilSignal();
      return 0;
    case 'status': {
      const progress = await campaignProgress(engine.db, cli.id!);
      const campaign = await getCampaign(engine.db, cli.id!);
      io.stdout.write(cli.format === 'json' ? `${JSON.stringify({ id: campaign.id, status: campaign.status, ...progress }, null, 2)}\n` : `${campaign.name} [${campaign.status}]\n${renderProgress(progress, lang)}`);
      return 0;
    }
    case 'pause':
    case 'resume':
    case 'cancel': {
      const status = ({ pause: 'paused', resume: 'running', cancel: 'cancelled' } as const)[ACTION[cli.action] as 'pause' | 'resume' | 'cancel'];
      await setStatus(engine.db, cli.id!, status);
      io.stderr.write(`${cli.id}: ${status}\n`);
      return 0;
    }
    case 'export': {
      const rows = await exportCampaign(engine.db, await getCampaign(engine.db, cli.id!), cli.out!);
      io.stderr.write(say(lang, `${rows} resultados exportados a ${cli.out}\n`, `${rows} results exported to ${cli.out}\n`));
      return 0;
    }
    case 'list':
      for (const c of await listCampaigns(engine.db)) io.stdout.write(`${c.id}\t${c.status}\t${c.createdAt}\t${c.name}\n`);
      return 0;
  }
}

/** `proactiva campaign …`: resolves to the exit code (0 ok, 1 error, 2 usage). */
export async function runCampaignCli(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let cli: CampaignCli;
  try {
    cli = parseCampaignCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`proactiva campaign: ${error.message}\n\n${CAMPAIGN_USAGE}`);
    return 2;
  }
  if (cli.help) {
    io.stdout.write(CAMPAIGN_USAGE);
    return 0;
  }
  // A padrón and options are checked before any database is opened: bad input touches nothing.
  let padron: PadronEntry[] | undefined;
  let options: CampaignOptionsInput | undefined;
  if (ACTION[cli.action] === 'create') {
    let text: string;
    try {
      text = await readFile(cli.padron!, 'utf8');
      options = await optionsFrom(cli);
    } catch (error) {
      io.stderr.write(`proactiva campaign: ${error instanceof UsageError ? error.message : `--padron: ${(error as Error).message}`}\n`);
      return 2;
    }
    const { entries, problems } = parsePadron(text);
    for (const p of problems) io.stderr.write(`${cli.padron}:${p.line}: ${p.message}\n`);
    if (problems.length > 0) {
      io.stderr.write(say(cli.lang, `proactiva campaign: el padrón tiene ${problems.length} errores; no se creó la campaña\n`, `proactiva campaign: the padrón has ${problems.length} errors; no campaign was created\n`));
      return 1;
    }
    padron = entries;
  }
  const engine = await openEngine({ databaseUrl: cli.databaseUrl, dataDir: cli.dataDir, concurrency: cli.concurrency });
  try {
    return await act(cli, engine, io, padron, options);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`proactiva campaign: ${error.message}\n`);
      return 2;
    }
    if (error instanceof CampaignNotFoundError || error instanceof CampaignStateError) {
      io.stderr.write(`proactiva campaign: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await engine.close();
  }
}
