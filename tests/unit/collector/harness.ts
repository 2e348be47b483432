/**
 * Shared test support for the collector: the engines to run against (SQLite always, PostgreSQL
 * when PROACTIVA_TEST_PG_URL is set, each run in its own fresh schema), collectors on random
 * loopback ports, and builders for sites and records.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { FeedbackRecordInput, SiteRegistrationInput } from '../../../core/schemas/index.js';
import { newPublicKey, newSiteToken, startCollector, type Collector, type CollectorOptions } from '../../../widgets/collector/index.js';

export type EngineName = 'sqlite' | 'postgres';

const PG_URL = process.env.PROACTIVA_TEST_PG_URL;

/** The engines this run covers. */
export const ENGINES: EngineName[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh, empty place for a store; dispose() removes it. */
export interface Location {
  options: { dataDir: string } | { databaseUrl: string };
  dispose(): Promise<void>;
}

export async function freshLocation(engine: EngineName): Promise<Location> {
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'proactiva-collector-'));
    return { options: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (!PG_URL) throw new Error('PROACTIVA_TEST_PG_URL is not set');
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    options: { databaseUrl: url.href },
    dispose: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

export const ADMIN_TOKEN = `at_${'a'.repeat(40)}`;
export const ORIGIN = 'http://127.0.0.1:8080';
export const OTHER_ORIGIN = 'http://portal.example.gob.mx';

export function siteFixture(id: string, origins: string[] = [ORIGIN]): SiteRegistrationInput & { publicKey: string; token: string } {
  return { id, name: `Sitio ${id}`, origins, publicKey: newPublicKey(), token: newSiteToken() };
}

export function record(overrides: Partial<FeedbackRecordInput> = {}): FeedbackRecordInput & { id: string } {
  return {
    id: randomUUID(),
    site: 'agua-estado',
    page: 'https://agua.example.gob.mx/datos/tarifas',
    useful: true,
    reasons: [],
    locale: 'es-MX',
    createdAt: new Date().toISOString(),
    ...overrides,
  } as FeedbackRecordInput & { id: string };
}

/** A running collector on a random loopback port with a fresh store; stop() closes it and removes the data. */
export interface TestCollector extends Collector {
  stop(): Promise<void>;
}

export async function startTestCollector(engine: EngineName, options: Partial<CollectorOptions> = {}): Promise<TestCollector> {
  const location = await freshLocation(engine);
  let collector: Collector;
  try {
    collector = await startCollector({ host: '127.0.0.1', port: 0, adminToken: ADMIN_TOKEN, rateLimit: false, spam: false, ...location.options, ...options });
  } catch (error) {
    await location.dispose();
    throw error;
  }
  return {
    ...collector,
    async stop() {
      await collector.close();
      await location.dispose();
    },
  };
}

/** POST a feedback record as a widget on `origin` would. */
export function postFeedback(url: string, body: unknown, key: string, origin: string = ORIGIN, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/v1/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-proactiva-key': key, origin, ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
