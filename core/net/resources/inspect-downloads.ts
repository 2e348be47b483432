import { auditResource } from '../../resources/audit-resource.js';
import { effectiveContentType, inspectionOf } from '../../resources/inspection.js';
import type { LinkedResource } from '../../schemas/index.js';
import { mapLimit } from '../pool.js';
import { PageReadError } from '../read-error.js';
import { DEFAULT_RESOURCE_LIMITS, profileUrl, type ResourceLimits } from './profile-source.js';
import type { OpenOptions } from './source.js';

export interface InspectOptions {
  concurrency?: number;
  /** Downloads read at most per page. */
  maxResources?: number;
  /** Caps per file; by default smaller than for a resource audited on its own. */
  limits?: Partial<ResourceLimits>;
  /** The caller's request settings: the CLI's user agent, the extension's no-cookies fetch. */
  request?: Pick<OpenOptions, 'headers' | 'init' | 'fetch'>;
}

/** Per-download caps: the same politeness as HEAD checks (10 s), 10 MB, 100,000 rows, 30 pages. */
export const INSPECT_LIMITS: ResourceLimits = { ...DEFAULT_RESOURCE_LIMITS, maxBytes: 10 * 1024 * 1024, maxRows: 100_000, maxPages: 30, maxMs: 10_000, timeoutMs: 10_000 };

/**
 * Reads each download (bounded concurrency and caps) and returns it as a snapshot resource:
 * HEAD-like metadata whose content type is what the bytes really are, plus the inspection (real
 * kind, stars, failed resource checks) the page report shows. Never throws: an unreachable file
 * is a resource with status 0 (or its HTTP status) and the reason.
 */
export function inspectUrls(urls: readonly string[], options: InspectOptions = {}): Promise<LinkedResource[]> {
  const limits = { ...INSPECT_LIMITS, ...options.limits };
  return mapLimit(urls.slice(0, options.maxResources ?? 30), options.concurrency ?? 4, async (url): Promise<LinkedResource> => {
    try {
      const { profile, fetchedAt } = await profileUrl(url, limits, options.request);
      const report = auditResource(profile, { fetchedAt });
      const contentType = effectiveContentType(profile);
      return {
        url,
        head: {
          status: 200,
          ok: true,
          ...(contentType ? { contentType: contentType.slice(0, 300) } : {}),
          ...(profile.bytes !== undefined ? { size: profile.bytes } : {}),
          ...(profile.lastModified ? { lastModified: profile.lastModified } : {}),
        },
        inspection: inspectionOf(profile, report),
      };
    } catch (error) {
      const status = error instanceof PageReadError && error.code === 'http-status' ? Number(/HTTP (\d+)/.exec(error.message)?.[1] ?? 0) : 0;
      return { url, head: { status, ok: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) } };
    }
  });
}
