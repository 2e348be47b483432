import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';

type Job<I, R> = { item: I; resolve: (value: R) => void; reject: (reason: unknown) => void };

/**
 * Group commit: writes that arrive while a commit is on disk wait and go together in the next
 * transaction, so one fsync acknowledges many records. Each caller's promise settles only after
 * the transaction holding its write has committed (durable), or with its own error. When a batch
 * fails as a whole, its writes are retried one transaction each, so one bad write cannot fail the
 * others. Writes run in arrival order.
 */
export class CommitQueue<I, R> {
  private pending: Job<I, R>[] = [];
  private running = false;
  private closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly write: (trx: Transaction<Database>, item: I) => Promise<R>,
    private readonly maxBatch = 256,
  ) {}

  submit(item: I): Promise<R> {
    if (this.closed) return Promise.reject(new Error('store is closed'));
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Resolves when every submitted write has settled; later submits are refused. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.running) await new Promise((r) => setImmediate(r));
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.maxBatch);
        await this.commit(batch);
      }
    } finally {
      this.running = false;
    }
  }

  private async commit(batch: Job<I, R>[]): Promise<void> {
    try {
      const results = await this.db.transaction().execute(async (trx) => {
        const out: R[] = [];
        for (const job of batch) out.push(await this.write(trx, job.item));
        return out;
      });
      batch.forEach((job, i) => job.resolve(results[i]!));
    } catch (batchError) {
      if (batch.length === 1) {
        batch[0]!.reject(batchError);
        return;
      }
      for (const job of batch) {
        try {
          job.resolve(await this.db.transaction().execute((trx) => this.write(trx, job.item)));
        } catch (error) {
          job.reject(error);
        }
      }
    }
  }
}
