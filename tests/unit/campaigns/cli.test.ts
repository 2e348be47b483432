import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCampaignCli } from '../../../campaigns/cli.js';
import { CAMPAIGN_USAGE, parseCampaignCli } from '../../../campaigns/cli-args.js';
import { getCampaign } from '../../../campaigns/campaigns.js';
import { openEngine } from '../../../campaigns/engine.js';
import { startFarm, type Farm } from '../../farm/farm.js';
import { testDatabase, type TestDatabase } from './test-pg.js';

const capture = () => {
  let text = '';
  const stream = { isTTY: false, write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
};

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = capture();
  const err = capture();
  const code = await runCampaignCli(args, { stdout: out.stream, stderr: err.stream });
  return { code, out: out.text(), err: err.text() };
}

describe('proactiva campaign: arguments', () => {
  it('reports usage problems together (exit 2) without opening a database', async () => {
    expect(() => parseCampaignCli(['create'], {})).toThrow(/--padron/);
    expect(() => parseCampaignCli(['status'], {})).toThrow(/id/);
    expect(() => parseCampaignCli(['export', 'x'], {})).toThrow(/--out/);
    expect(() => parseCampaignCli(['create', '--padron', 'p.csv', '--include', '(', '--depth=-1'], {})).toThrow(/(?=[\s\S]*--include: expresión regular inválida)(?=[\s\S]*--depth)/);
    const { code, err } = await cli(['volar']);
    expect(code).toBe(2);
    expect(err).toMatch(/acciones \/ actions/);
    // An unknown rule set is a usage error, found before any database is opened.
    const dir = mkdtempSync(join(tmpdir(), 'proactiva-padron-'));
    writeFileSync(join(dir, 'padron.csv'), 'id,nombre,ambito,entidad,url\na,A,federal,Nacional,https://a.example.gob.mx\n');
    const badRules = await cli(['create', '--padron', join(dir, 'padron.csv'), '--rules', 'mx-atlantida-2030', '--database-url', 'postgres://nobody@127.0.0.1:1/none']);
    rmSync(dir, { recursive: true, force: true });
    expect(badRules.code).toBe(2);
    expect(badRules.err).toMatch(/--rules/);
    expect(parseCampaignCli(['estado', 'c1'], { DATABASE_URL: 'postgres://x/y' })).toMatchObject({ action: 'estado', id: 'c1', databaseUrl: 'postgres://x/y' });
  });

  it('takes --head and --inspect-downloads for create (off unless given) and documents them', () => {
    expect(parseCampaignCli(['create', '--padron', 'p.csv'], {})).toMatchObject({ head: false, inspectDownloads: false });
    expect(parseCampaignCli(['create', '--padron', 'p.csv', '--head'], {})).toMatchObject({ head: true, inspectDownloads: false });
    expect(parseCampaignCli(['create', '--padron', 'p.csv', '--inspect-downloads'], {})).toMatchObject({ head: false, inspectDownloads: true });
    expect(() => parseCampaignCli(['create', '--padron', 'p.csv', '--inspect-downloads=yes'], {})).toThrow(/inspect-downloads/);
    expect(CAMPAIGN_USAGE).toMatch(/--head[\s\S]*--inspect-downloads/);
  });

  it('lists every bad padrón row with file:line and creates nothing (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proactiva-padron-'));
    const file = join(dir, 'padron.csv');
    writeFileSync(file, 'id,nombre,ambito,entidad,url\na,A,federal,Nacional,https://a.example.gob.mx\nb,B,galáctico,Nacional,https://b.example.gob.mx\nc,C,estatal,Jalisco,no-es-url\n');
    const { code, err } = await cli(['create', '--padron', file, '--database-url', 'postgres://nobody@127.0.0.1:1/none']);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(err).toContain(`${file}:3: ambito`);
    expect(err).toContain(`${file}:4: urls`);
    expect(err).toMatch(/2 errores; no se creó/);
  });
});

describe('proactiva campaign: create, run, status, export, cancel', () => {
  let database: TestDatabase;
  let farm: Farm;
  let dir: string;

  beforeAll(async () => {
    database = await testDatabase();
    farm = await startFarm({ sites: 3, pagesPerSite: 3 });
    dir = mkdtempSync(join(tmpdir(), 'proactiva-campaign-cli-'));
    writeFileSync(join(dir, 'padron.csv'), farm.padronCsv());
  }, 60_000);

  afterAll(async () => {
    await farm?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('runs a campaign to the end and exports CSV, JSON and a datapackage that describes them', async () => {
    const db = ['--database-url', database.url];
    const created = await cli(['create', '--padron', join(dir, 'padron.csv'), '--id', 'c1', '--name', 'Prueba', '--politeness', 'off', '--as-of', '2026-11-30', '--rules', 'mx-cdmx-2025', ...db]);
    expect(created).toMatchObject({ code: 0, out: 'c1\n' });
    expect(created.err).toMatch(/3 sujetos obligados, 3 páginas iniciales/);
    expect((await cli(['create', '--padron', join(dir, 'padron.csv'), '--id', 'c1', ...db])).code).toBe(1);

    const run = await cli(['run', 'c1', '-c', '2', ...db]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/páginas: 9 · evaluadas 9 · fallidas 0/);

    const status = JSON.parse((await cli(['status', 'c1', '-f', 'json', ...db])).out) as { status: string; total: Record<string, number> };
    expect(status).toMatchObject({ status: 'running', total: { done: 9, queued: 0 } });

    const out = join(dir, 'export');
    expect((await cli(['export', 'c1', '--out', out, ...db])).code).toBe(0);
    const csv = readFileSync(join(out, 'resultados.csv'), 'utf8').trim().split('\r\n');
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { path: string; schema?: { fields: { name: string }[] } }[] };
    const json = JSON.parse(readFileSync(join(out, 'resultados.json'), 'utf8')) as { page_url: string; score: number; rules: { id: string } | null }[];
    expect(csv).toHaveLength(10);
    expect(csv[0]!.split(',')).toEqual(pkg.resources[0]!.schema!.fields.map((f) => f.name));
    expect(pkg.resources.map((r) => r.path)).toEqual(['resultados.csv', 'resultados.json', 'sujetos-obligados.csv']);
    const sites = readFileSync(join(out, 'sujetos-obligados.csv'), 'utf8').trim().split('\r\n');
    expect(sites).toHaveLength(4);
    expect(sites[0]!.split(',')).toEqual(pkg.resources[2]!.schema!.fields.map((f) => f.name));
    expect(sites.slice(1).map((l) => l.split(',')[6])).toEqual(['1', '1', '1']);
    expect(json).toHaveLength(9);
    expect(new Set(json.map((r) => r.page_url)).size).toBe(9);
    // Pages of quality 0 and 3 do not score alike: the audit really ran.
    expect(new Set(json.map((r) => r.score)).size).toBeGreaterThan(1);
    // Every page was judged by the rule set chosen at create, named in both files.
    expect(new Set(json.map((r) => r.rules?.id))).toEqual(new Set(['mx-cdmx-2025']));
    const rulesColumn = csv[0]!.split(',').indexOf('rules_id');
    expect(new Set(csv.slice(1).map((l) => l.split(',')[rulesColumn]))).toEqual(new Set(['mx-cdmx-2025']));
  }, 60_000);

  it('stores --head and --inspect-downloads with the campaign, so every worker checks downloads', async () => {
    const db = ['--database-url', database.url];
    expect((await cli(['create', '--padron', join(dir, 'padron.csv'), '--id', 'c4', '--inspect-downloads', '--head', ...db])).code).toBe(0);
    expect((await cli(['create', '--padron', join(dir, 'padron.csv'), '--id', 'c5', ...db])).code).toBe(0);
    const engine = await openEngine({ databaseUrl: database.url, concurrency: 1 });
    try {
      expect((await getCampaign(engine.db, 'c4')).options.audit).toMatchObject({ head: true, inspectDownloads: true });
      expect((await getCampaign(engine.db, 'c5')).options.audit).toMatchObject({ head: false, inspectDownloads: false });
    } finally {
      await engine.close();
    }
    for (const id of ['c4', 'c5']) expect((await cli(['cancel', id, ...db])).code).toBe(0);
  }, 60_000);

  it('a cancelled campaign stops at once: its waiting pages end cancelled, none audited, and it cannot be resumed', async () => {
    const db = ['--database-url', database.url];
    expect((await cli(['create', '--padron', join(dir, 'padron.csv'), '--id', 'c2', '--politeness', 'off', ...db])).code).toBe(0);
    const before = farm.totalRequests();
    expect((await cli(['cancel', 'c2', ...db])).code).toBe(0);
    const resumed = await cli(['resume', 'c2', ...db]);
    expect(resumed.code).toBe(1);
    expect(resumed.err).toMatch(/cancelada/);
    expect((await cli(['run', 'c2', ...db])).code).toBe(1);
    const status = JSON.parse((await cli(['status', 'c2', '-f', 'json', ...db])).out) as { status: string; total: Record<string, number> };
    expect(status).toMatchObject({ status: 'cancelled', total: { cancelled: 3, queued: 0, done: 0 } });
    expect(farm.totalRequests()).toBe(before);
  }, 60_000);

  it('a paused campaign waits; resumed, it finishes', async () => {
    const db = ['--database-url', database.url];
    expect((await cli(['create', '--padron', join(dir, 'padron.csv'), '--id', 'c3', '--politeness', 'off', ...db])).code).toBe(0);
    expect((await cli(['pause', 'c3', ...db])).code).toBe(0);
    expect(JSON.parse((await cli(['status', 'c3', '-f', 'json', ...db])).out)).toMatchObject({ status: 'paused', total: { queued: 3 } });
    const run = await cli(['run', 'c3', '-c', '2', ...db]);
    expect(run.code).toBe(0);
    expect(JSON.parse((await cli(['status', 'c3', '-f', 'json', ...db])).out)).toMatchObject({ status: 'running', total: { done: 9, queued: 0 } });
  }, 60_000);
});
