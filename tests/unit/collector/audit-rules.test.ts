/**
 * The collector keeps the rule set of each audit (id, version, hash) as columns, on every engine
 * of this run: filled from the report on publication, null for reports made before rule sets, and
 * filled from the stored report for rows written before the columns existed.
 */
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../core/schemas/index.js';
import { openStore } from '../../../widgets/collector/index.js';
import { auditReport } from './audit-fixture.js';
import { ENGINES, freshLocation, siteFixture, type EngineName, type Location } from './harness.js';

/** A report as made before rule sets: schemaVersion 1, no rules, no gate. */
function versionOneReport(url: string, auditedAt: string): AuditReport {
  const { rules: _rules, gate: _gate, asOf: _asOf, ...rest } = auditReport(url, auditedAt);
  return { ...rest, schemaVersion: 1 };
}

/** Runs statements on the store's database directly, as an older collector would have left it. */
async function rawSql(engine: EngineName, location: Location, statements: string[]): Promise<void> {
  const options = location.options;
  if (engine === 'sqlite' && 'dataDir' in options) {
    const db = new Sqlite(join(options.dataDir, 'proactiva.db'));
    try {
      for (const s of statements) db.exec(s);
    } finally {
      db.close();
    }
    return;
  }
  if (!('databaseUrl' in options)) throw new Error('no database URL');
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

const PAGE = 'https://agua.example.gob.mx/datos/tarifas';

/** Opens a fresh store with a site and two audits of one page: one made before rule sets, one under the current rules. */
async function storeWithTwoAudits(location: Location) {
  const store = await openStore(location.options);
  await store.registerSite(siteFixture('agua-estado'));
  const before = versionOneReport(PAGE, '2024-11-10T12:00:00.000Z');
  const current = auditReport(PAGE, '2026-03-10T12:00:00.000Z');
  await store.insertAudit('agua-estado', before);
  await store.insertAudit('agua-estado', current);
  return { store, before, current };
}

describe.each(ENGINES)('audit rule sets on %s', (engine) => {
  it('stores the report’s rule set as columns and returns it; null for version 1 reports', async () => {
    const location = await freshLocation(engine);
    try {
      const { store, current } = await storeWithTwoAudits(location);
      expect(current.rules).toBeDefined();
      const [old, recent] = await store.listAudits();
      expect(old!.rules).toBeNull();
      expect(old!.report.schemaVersion).toBe(1);
      expect(recent!.rules).toEqual({ id: current.rules!.id, version: current.rules!.version, hash: current.rules!.hash });
      await store.close();
    } finally {
      await location.dispose();
    }
  });

  it('fills the columns of rows stored before they existed, and those rows still load', async () => {
    const location = await freshLocation(engine);
    try {
      const { store, before, current } = await storeWithTwoAudits(location);
      await store.close();
      // Back to the schema before migration 0002, with its rows.
      await rawSql(engine, location, [
        'drop index audit_rules',
        'alter table audit drop column rules_id',
        'alter table audit drop column rules_version',
        'alter table audit drop column rules_hash',
        "delete from kysely_migration where name = '0002_audit_rules'",
      ]);
      const reopened = await openStore(location.options);
      const [old, recent] = await reopened.listAudits();
      expect(old!.rules).toBeNull();
      expect(old!.report).toEqual(before);
      expect(recent!.rules).toEqual({ id: current.rules!.id, version: current.rules!.version, hash: current.rules!.hash });
      await reopened.close();
    } finally {
      await location.dispose();
    }
  });
});
