/**
 * Durability: the collector runs as a child process under load and is killed with SIGKILL; after
 * a restart on the same data every record it had acknowledged (201 or 200) is there. On the
 * embedded engine, whose durability is the collector's own job (PostgreSQL's is PostgreSQL's, and
 * the acknowledge-after-commit path is the same code for both).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackExport } from '../../../core/schemas/index.js';
import { spawnCollector } from './child-collector.js';
import { ADMIN_TOKEN, bearer, freshLocation, postFeedback, record, siteFixture, type Location } from './harness.js';

const CLIENTS = 16;
const ACKS_BEFORE_KILL = 300;
const LOAD_TIME_LIMIT_MS = 15_000;

describe('kill -9 under load on the embedded database', () => {
  const engine = 'sqlite' as const;
  let dir: string;
  let location: Location;
  const site = siteFixture('agua-estado');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'proactiva-crash-'));
    writeFileSync(join(dir, 'sites.json'), JSON.stringify({ adminToken: ADMIN_TOKEN, sites: [site] }));
    location = await freshLocation(engine);
  });
  afterAll(async () => {
    await location?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const storeArgs = () =>
    'databaseUrl' in location.options ? ['--database-url', location.options.databaseUrl] : ['--data', location.options.dataDir];

  it('keeps every acknowledged record', { timeout: 60_000 }, async () => {
    // Spam rules off: 300 answers from one loopback network are a burst, and a refused answer is
    // acknowledged like a stored one by design (no oracle), which is not what this test measures.
    const args = [...storeArgs(), '--sites', join(dir, 'sites.json'), '--no-rate-limit', '--spam', 'off'];
    const first = await spawnCollector(args);
    const acknowledged = new Set<string>();
    let killed = false;
    let kill!: () => void;
    const killedNow = new Promise<void>((resolve) => (kill = resolve));
    const started = Date.now();

    const client = async () => {
      while (!killed && Date.now() - started < LOAD_TIME_LIMIT_MS) {
        const r = record({ page: `https://agua.example.gob.mx/datos/p${acknowledged.size % 10}` });
        try {
          const response = await postFeedback(first.url, r, site.publicKey);
          const ack = (await response.json()) as { id?: string };
          if ((response.status === 201 || response.status === 200) && ack.id === r.id) acknowledged.add(r.id);
          if (acknowledged.size >= ACKS_BEFORE_KILL) kill();
        } catch {
          return; // the collector is gone
        }
      }
      kill();
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, client));
    await killedNow;
    first.child.kill('SIGKILL');
    killed = true;
    expect(await first.exited).toBe('SIGKILL');
    await load;
    expect(acknowledged.size).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    const second = await spawnCollector(args);
    try {
      const response = await fetch(`${second.url}/v1/export?site=agua-estado`, { headers: bearer(ADMIN_TOKEN) });
      const { records } = FeedbackExport.parse(await response.json());
      const stored = new Set(records.map((r) => r.id));
      const missing = [...acknowledged].filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      expect(records.length).toBe(stored.size);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});
