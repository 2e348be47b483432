import type { AuditReport } from '../../core/index.js';
import type { AuditRunOptions } from '../messaging/protocol.js';
import type { BatchLimits } from '../settings/settings.js';
import { isFinished, type BatchRow, type BatchSnapshot, type BatchSource, type BatchStatus } from './batch-state.js';
import { CrawlQueue, type QueueItem } from './crawl-queue.js';

export interface BatchDeps {
  /** Audits one page (off-DOM); throws with a readable message when the page cannot be read. */
  auditPage(item: QueueItem): Promise<{ report: AuditReport; finalUrl: string; links: string[] }>;
  /** Keeps a report; returns its history id. */
  saveReport(report: AuditReport, batchId: string): Promise<string>;
  /** Called with the state after every step (saved and broadcast by the host). */
  publish(snapshot: BatchSnapshot): void | Promise<void>;
  now?: () => Date;
  newId?: () => string;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

function rowFor(item: QueueItem, report: AuditReport, auditId: string): BatchRow {
  return {
    url: report.url,
    depth: item.depth,
    ok: true,
    title: report.title,
    score: report.score,
    band: report.band,
    coverage: report.coverage,
    truncated: report.truncated,
    criteria: Object.fromEntries(report.criteria.map((c) => [c.id, c.score])),
    auditId,
  };
}

/**
 * One batch run: a queue (list or same-origin crawl), `concurrency` workers, pause/resume/cancel.
 * Lives wherever a DOM parser is (Chrome's offscreen document, Firefox's background page) so the
 * panel can close; every step is published as a BatchSnapshot.
 */
export class BatchRun {
  readonly batchId: string;
  private status: BatchStatus = 'running';
  private readonly rows: BatchRow[] = [];
  private readonly inFlight = new Set<string>();
  private resumeGate: { promise: Promise<void>; release: () => void } | null = null;
  private waiters: (() => void)[] = [];
  private readonly startedAt: string;
  readonly finished: Promise<BatchSnapshot>;

  constructor(
    private readonly source: BatchSource,
    private readonly queue: CrawlQueue,
    private readonly limits: BatchLimits,
    private readonly deps: BatchDeps,
    preRows: BatchRow[] = [],
  ) {
    this.batchId = deps.newId?.() ?? crypto.randomUUID();
    this.startedAt = this.now();
    this.rows.push(...preRows);
    this.finished = this.run();
  }

  static create(source: BatchSource, limits: BatchLimits, deps: BatchDeps): BatchRun {
    if (source.kind === 'crawl') return new BatchRun(source, CrawlQueue.fromSeed(source.seed, limits), limits, deps);
    const { queue, rejected } = CrawlQueue.fromList(source.urls, limits);
    const preRows: BatchRow[] = rejected
      .filter((r) => r.reason !== 'duplicate')
      .map((r) => ({ url: r.input.slice(0, 4_096), depth: 0, ok: false, error: `url: ${r.reason}`, title: '', score: null, band: null, coverage: 0, truncated: false, criteria: {} }));
    return new BatchRun(source, queue, limits, deps, preRows);
  }

  control(action: 'pause' | 'resume' | 'cancel'): boolean {
    if (isFinished(this.status)) return false;
    if (action === 'pause' && this.status === 'running') {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      this.resumeGate = { promise, release };
      this.status = 'paused';
    } else if (action === 'resume' && this.status === 'paused') {
      this.status = 'running';
      this.resumeGate?.release();
      this.resumeGate = null;
    } else if (action === 'cancel') {
      this.status = 'cancelled';
      this.resumeGate?.release();
      this.resumeGate = null;
      this.wakeAll();
    } else {
      return false;
    }
    void this.emit();
    return true;
  }

  snapshot(): BatchSnapshot {
    const failed = this.rows.filter((r) => !r.ok).length;
    return {
      batchId: this.batchId,
      source: this.source,
      status: this.status,
      startedAt: this.startedAt,
      updatedAt: this.now(),
      total: this.queue.total + this.rows.filter((r) => r.error?.startsWith('url:')).length,
      done: this.rows.length,
      failed,
      inFlight: [...this.inFlight].slice(0, 10),
      rows: [...this.rows],
    };
  }

  /** A method, not an inline test: the status changes while a worker awaits. */
  private isCancelled(): boolean {
    return this.status === 'cancelled';
  }

  private wakeAll(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  private async emit(): Promise<void> {
    try {
      await this.deps.publish(this.snapshot());
    } catch {
      // Publishing is best effort: the run goes on and the next step publishes again.
    }
  }

  private async run(): Promise<BatchSnapshot> {
    await this.emit();
    const workers = Array.from({ length: this.limits.concurrency }, () => this.worker());
    await Promise.all(workers);
    if (this.status === 'running' || this.status === 'paused') this.status = 'done';
    await this.emit();
    return this.snapshot();
  }

  private async worker(): Promise<void> {
    for (;;) {
      if (this.resumeGate) await this.resumeGate.promise;
      if (this.isCancelled()) return;
      const item = this.queue.next();
      if (!item) {
        // Another worker may still find links: wait for it, unless nobody is working.
        if (this.inFlight.size === 0) return;
        await new Promise<void>((resolve) => this.waiters.push(resolve));
        continue;
      }
      this.inFlight.add(item.url);
      void this.emit();
      try {
        const result = await this.deps.auditPage(item);
        if (this.isCancelled()) return;
        const auditId = await this.deps.saveReport(result.report, this.batchId);
        this.rows.push(rowFor(item, result.report, auditId));
        this.queue.discover({ url: result.finalUrl, depth: item.depth }, result.links);
      } catch (error) {
        if (this.isCancelled()) return;
        this.rows.push({ url: item.url, depth: item.depth, ok: false, error: message(error), title: '', score: null, band: null, coverage: 0, truncated: false, criteria: {} });
      } finally {
        this.inFlight.delete(item.url);
        this.wakeAll();
        await this.emit();
      }
    }
  }
}
