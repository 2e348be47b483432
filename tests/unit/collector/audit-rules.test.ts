/**
 * The collector keeps the rule set of each audit (id, version, hash) as columns, on every engine
 * of this run: filled from the report on publication, null for reports made before rule sets, and
 * filled from the stored report for rows written before the columns existed.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../core/schemas/index.js';
import { openStore } from '../../../widgets/collector/index.js';
import { connect } from '../../../widgets/collector/store/connect.js';
import { migrate } from '../../../widgets/collector/store/migrations.js';
import { auditReport } from './audit-fixture.js';
import { ENGINES, freshLocation, siteFixture, type Location } from './harness.js';

/** A report as made before rule sets: schemaVersion 1, no rules, no gate. */
function versionOneReport(url: string, auditedAt: string): AuditReport {
  const { rules: _rules, gate: _gate, asOf: _asOf, ...rest } = auditReport(url, auditedAt);
  return { ...rest, schemaVersion: 1 };
}

/** Every row of some tables of a store's database, read directly. */
async function rowsOf(location: Location, tables: string[]): Promise<Record<string, Record<string, unknown>[]>> {
  const { db } = connect(location.options);
  try {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const table of tables) out[table] = (await db.selectFrom(table as 'audit').selectAll().execute()) as Record<string, unknown>[];
    return out;
  } finally {
    await db.destroy();
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
    // The rows a current store writes, copied into a database an older collector left (schema up to
    // 0001_initial), keeping only the columns that schema has; then the store opens it and migrates.
    const source = await freshLocation(engine);
    const older = await freshLocation(engine);
    try {
      const { store, before, current } = await storeWithTwoAudits(source);
      await store.close();
      const rows = await rowsOf(source, ['site', 'audit']);
      const db = connect(older.options).db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      try {
        await migrate(db, engine, '0001_initial');
        // PostgreSQL's introspection lists every schema's tables; the store's is the current one.
        const schema = engine === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s : undefined;
        const tables = await db.introspection.getTables();
        for (const table of ['site', 'audit'] as const) {
          const columns = new Set(tables.find((t) => t.name === table && t.schema === schema)!.columns.map((c) => c.name));
          expect(columns.has('rules_id')).toBe(false);
          for (const row of rows[table]!) {
            await db.insertInto(table).values(Object.fromEntries(Object.entries(row).filter(([k]) => columns.has(k)))).execute();
          }
        }
      } finally {
        await db.destroy();
      }
      const reopened = await openStore(older.options);
      const [old, recent] = await reopened.listAudits();
      expect(old!.rules).toBeNull();
      expect(old!.report).toEqual(before);
      expect(recent!.rules).toEqual({ id: current.rules!.id, version: current.rules!.version, hash: current.rules!.hash });
      await reopened.close();
    } finally {
      await source.dispose();
      await older.dispose();
    }
  });
});
