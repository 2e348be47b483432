import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { CommitQueue } from '../../../widgets/collector/store/commit-queue.js';
import type { Database } from '../../../widgets/collector/store/database.js';

describe('CommitQueue (group commit)', () => {
  let db: Kysely<Database>;
  afterEach(async () => {
    await db?.destroy();
  });

  const open = async () => {
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) });
    await sql`create table t (id integer primary key, v text not null)`.execute(db);
  };

  it('puts writes that arrive together in one transaction, in order, and answers each', async () => {
    await open();
    const transactions = new Set<unknown>();
    const queue = new CommitQueue<number, number>(db, async (trx, n) => {
      transactions.add(trx);
      await sql`insert into t (id, v) values (${n}, ${`v${n}`})`.execute(trx);
      return n * 2;
    });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => queue.submit(i)));
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => i * 2));
    expect(transactions.size).toBe(1);
    const { rows } = await sql<{ n: number }>`select count(*) as n from t`.execute(db);
    expect(rows[0]!.n).toBe(100);
  });

  it('splits big bursts into bounded batches', async () => {
    await open();
    const sizes = new Map<unknown, number>();
    const queue = new CommitQueue<number, void>(
      db,
      async (trx, n) => {
        sizes.set(trx, (sizes.get(trx) ?? 0) + 1);
        await sql`insert into t (id, v) values (${n}, 'x')`.execute(trx);
      },
      16,
    );
    await Promise.all(Array.from({ length: 50 }, (_, i) => queue.submit(i)));
    expect([...sizes.values()]).toEqual([16, 16, 16, 2]);
  });

  it('fails only the write at fault when a batch fails, and keeps the others', async () => {
    await open();
    const queue = new CommitQueue<number, number>(db, async (trx, n) => {
      // id 5 twice: the second violates the primary key and aborts the whole first attempt.
      await sql`insert into t (id, v) values (${n === 6 ? 5 : n}, 'x')`.execute(trx);
      return n;
    });
    const settled = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => queue.submit(i)));
    expect(settled.map((s) => s.status)).toEqual([...Array(6).fill('fulfilled'), 'rejected', ...Array(3).fill('fulfilled')]);
    const { rows } = await sql<{ id: number }>`select id from t order by id`.execute(db);
    expect(rows.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9]);
  });

  it('refuses writes after close and lets pending ones finish first', async () => {
    await open();
    const queue = new CommitQueue<number, number>(db, async (trx, n) => {
      await sql`insert into t (id, v) values (${n}, 'x')`.execute(trx);
      return n;
    });
    const pending = queue.submit(1);
    await queue.close();
    expect(await pending).toBe(1);
    await expect(queue.submit(2)).rejects.toThrow(/closed/);
  });
});
