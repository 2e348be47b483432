import { audit } from '../audit.js';
import { AuditInputError } from '../errors.js';
import type { AuditReport, Profile } from '../schemas/index.js';
import { snapshotFromUrl } from './fetch-page.js';
import { headCheck } from './head-check.js';
import { snapshotFromFile } from './read-file.js';
import { PageReadError } from './read-error.js';

export interface AuditInputOptions {
  profile?: Profile;
  head: boolean;
  timeoutMs: number;
  maxBytes: number;
  baseUrl?: string;
  /** Verification date (YYYY-MM-DD) the page is judged as of. */
  asOf?: string;
  headConcurrency?: number;
}

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** Reads one file or URL, audits it and returns the report; throws PageReadError with the reason. */
export async function auditInput(input: string, options: AuditInputOptions): Promise<AuditReport> {
  const snapshot = isUrl(input)
    ? await snapshotFromUrl(input, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes })
    : await snapshotFromFile(input, { maxBytes: options.maxBytes, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  if (options.head) {
    snapshot.resources = await headCheck(snapshot.document, snapshot.url, {
      timeoutMs: Math.min(options.timeoutMs, 10_000),
      concurrency: options.headConcurrency ?? 4,
    });
  }
  try {
    return audit(snapshot, {
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.asOf ? { asOf: options.asOf } : {}),
    });
  } catch (error) {
    if (error instanceof AuditInputError) throw new PageReadError('io', `${error.message}: ${error.issues.join('; ')}`);
    throw error;
  }
}
