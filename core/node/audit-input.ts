import { audit } from '../audit.js';
import { AuditInputError } from '../errors.js';
import type { AuditReport, Profile } from '../schemas/index.js';
import type { ResolvedRuleSet } from '../rules/schema.js';
import { snapshotFromUrl } from './fetch-page.js';
import { downloadLinks } from '../net/head-check.js';
import { checkDownloads, downloadTimeoutMs, maxDownloads } from '../net/page-downloads.js';
import { snapshotFromFile } from './read-file.js';
import { PageReadError } from '../net/read-error.js';
import { declaredKind, isResourceName } from '../resources/sniff.js';
import type { ResourceLimits } from './resources/profile-resource.js';
import { CLI_HEADERS } from './resources/open-resource.js';
// Resource readers (csv-parse, chardet, PDF.js, SheetJS…) load only when a resource is read, so a page audit starts as fast as before.
const resources = () => import('./resources/audit-resource-input.js');

export interface AuditInputOptions {
  profile?: Profile;
  head: boolean;
  timeoutMs: number;
  maxBytes: number;
  baseUrl?: string;
  /** Verification date (YYYY-MM-DD) the page is judged as of. */
  asOf?: string;
  /** The rule set to judge under (default: the general law in force on the verification date). */
  rules?: ResolvedRuleSet;
  headConcurrency?: number;
  /** Read each download of a page and score what it really is (opt-in). */
  inspectDownloads?: boolean;
  /** Caps for datasets and documents (CSV, XLSX, PDF…) given as inputs. */
  resourceLimits?: Partial<ResourceLimits>;
}

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** Reads one file or URL, audits it and returns the report; throws PageReadError with the reason. */
export async function auditInput(input: string, options: AuditInputOptions): Promise<AuditReport> {
  // Datasets and documents (by name, or a URL that turns out not to be a page) are resources.
  const asResource = async () =>
    (await resources()).auditResourceInput(input, {
      limits: { timeoutMs: options.timeoutMs, ...options.resourceLimits },
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
    });
  if (isResourceName(isUrl(input) ? input.replace(/[?#].*$/, '') : input)) return asResource();
  let snapshot;
  try {
    snapshot = isUrl(input)
      ? await snapshotFromUrl(input, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes })
      : await snapshotFromFile(input, { maxBytes: options.maxBytes, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  } catch (error) {
    if (error instanceof PageReadError && error.code === 'content-type' && declaredKind('', error.contentType) !== 'unknown') return asResource();
    throw error;
  }
  if (options.inspectDownloads || options.head) {
    // --inspect-downloads reads each download (it implies --head: the bytes say more than a HEAD reply).
    const inspect = options.inspectDownloads === true;
    snapshot.resources = await checkDownloads(downloadLinks(snapshot.document, snapshot.url, maxDownloads(inspect)), {
      inspect,
      timeoutMs: downloadTimeoutMs(options.timeoutMs),
      concurrency: options.headConcurrency ?? 4,
      request: { headers: CLI_HEADERS },
    });
  }
  try {
    return audit(snapshot, {
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
    });
  } catch (error) {
    if (error instanceof AuditInputError) throw new PageReadError('io', `${error.message}: ${error.issues.join('; ')}`);
    throw error;
  }
}
