import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AuditReport } from '../../core/index.js';
import { BatchSnapshot } from '../batch/batch-state.js';
import { SavedAudit, summaryOf, toSavedAudit, type AuditSource, type AuditSummary } from './history-record.js';

export const DB_NAME = 'proactiva-auditor';
const DB_VERSION = 1;

interface HistorySchema extends DBSchema {
  audits: {
    key: string;
    value: SavedAudit;
    indexes: { 'by-url': string; 'by-site': string; 'by-savedAt': string; 'by-batch': string };
  };
  batches: {
    key: string;
    value: BatchSnapshot;
    indexes: { 'by-startedAt': string };
  };
}

export interface SiteGroup {
  site: string;
  pages: { url: string; title: string; audits: AuditSummary[] }[];
}

/**
 * Saved audits and batch runs in IndexedDB (idb). Every record is validated on the way in and on
 * the way out: a record another version wrote, or a tampered one, is skipped rather than shown.
 */
export class HistoryStore {
  private constructor(private readonly db: IDBPDatabase<HistorySchema>) {}

  static async open(name = DB_NAME): Promise<HistoryStore> {
    const db = await openDB<HistorySchema>(name, DB_VERSION, {
      upgrade(database) {
        const audits = database.createObjectStore('audits', { keyPath: 'id' });
        audits.createIndex('by-url', 'url');
        audits.createIndex('by-site', 'site');
        audits.createIndex('by-savedAt', 'savedAt');
        audits.createIndex('by-batch', 'batchId');
        const batches = database.createObjectStore('batches', { keyPath: 'batchId' });
        batches.createIndex('by-startedAt', 'startedAt');
      },
    });
    return new HistoryStore(db);
  }

  close(): void {
    this.db.close();
  }

  /** Saves a report (a new record each time: history keeps every version). Returns its summary. */
  async save(report: AuditReport, source: AuditSource, options: { batchId?: string; id?: string; now?: Date } = {}): Promise<AuditSummary> {
    const record = toSavedAudit(report, {
      id: options.id ?? crypto.randomUUID(),
      source,
      savedAt: (options.now ?? new Date()).toISOString(),
      ...(options.batchId ? { batchId: options.batchId } : {}),
    });
    await this.db.put('audits', record);
    return summaryOf(record);
  }

  /** Replaces the report of a saved audit (new review answers), keeping its id. */
  async update(id: string, report: AuditReport, now = new Date()): Promise<AuditSummary> {
    const existing = await this.get(id);
    if (!existing) throw new Error(`no saved audit ${id}`);
    return this.save(report, existing.source, { id, now, ...(existing.batchId ? { batchId: existing.batchId } : {}) });
  }

  async get(id: string): Promise<SavedAudit | undefined> {
    const raw = await this.db.get('audits', id);
    const parsed = SavedAudit.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('audits', id);
  }

  /** Every audit of one page, newest first. */
  async byUrl(url: string): Promise<AuditSummary[]> {
    const rows = await this.db.getAllFromIndex('audits', 'by-url', url);
    return newestFirst(validSummaries(rows));
  }

  /** The history grouped by site, then page; newest audits first everywhere. */
  async bySite(): Promise<SiteGroup[]> {
    const rows = newestFirst(validSummaries(await this.db.getAll('audits')));
    const sites = new Map<string, Map<string, AuditSummary[]>>();
    for (const row of rows) {
      const pages = sites.get(row.site) ?? new Map<string, AuditSummary[]>();
      pages.set(row.url, [...(pages.get(row.url) ?? []), row]);
      sites.set(row.site, pages);
    }
    return [...sites.entries()].map(([site, pages]) => ({
      site,
      pages: [...pages.entries()].map(([url, audits]) => ({ url, title: audits[0]?.title ?? '', audits })),
    }));
  }

  async count(): Promise<number> {
    return this.db.count('audits');
  }

  async saveBatch(snapshot: BatchSnapshot): Promise<void> {
    await this.db.put('batches', BatchSnapshot.parse(snapshot));
  }

  async getBatch(batchId: string): Promise<BatchSnapshot | undefined> {
    const parsed = BatchSnapshot.safeParse(await this.db.get('batches', batchId));
    return parsed.success ? parsed.data : undefined;
  }

  /** The most recently started batch. */
  async latestBatch(): Promise<BatchSnapshot | undefined> {
    const cursor = await this.db.transaction('batches').store.index('by-startedAt').openCursor(null, 'prev');
    const parsed = BatchSnapshot.safeParse(cursor?.value);
    return parsed.success ? parsed.data : undefined;
  }

  /** Batches left "running" by a runner that went away are marked interrupted. */
  async interruptStaleBatches(now = new Date()): Promise<number> {
    const all = await this.db.getAll('batches');
    let changed = 0;
    for (const batch of all) {
      if (batch.status === 'running' || batch.status === 'paused') {
        await this.db.put('batches', { ...batch, status: 'interrupted', inFlight: [], updatedAt: now.toISOString() });
        changed++;
      }
    }
    return changed;
  }
}

/** Lists validate the summary fields only (a full report is validated when it is opened). */
const Summary = SavedAudit.omit({ report: true });

function validSummaries(rows: readonly unknown[]): AuditSummary[] {
  const out: AuditSummary[] = [];
  for (const row of rows) {
    const parsed = Summary.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

const newestFirst = (rows: AuditSummary[]): AuditSummary[] => rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.auditedAt.localeCompare(a.auditedAt));
