import { auditResource } from '../../resources/audit-resource.js';
import { effectiveContentType, inspectionOf } from '../../resources/inspection.js';
import type { DocumentLike, LinkedResource } from '../../schemas/index.js';
import { downloadLinks } from '../head-check.js';
import { mapLimit } from '../pool.js';
import { PageReadError } from '../read-error.js';
import { DEFAULT_RESOURCE_LIMITS, profileResource, type ResourceLimits } from './profile-resource.js';

export interface InspectOptions {
  concurrency?: number;
  /** Downloads read at most per page. */
  maxResources?: number;
  /** Caps per file; by default smaller than for a resource audited on its own. */
  limits?: Partial<ResourceLimits>;
}

/** Per-download caps: the same politeness as HEAD checks (10 s), 10 MB, 100,000 rows, 30 pages. */
export const INSPECT_LIMITS: ResourceLimits = { ...DEFAULT_RESOURCE_LIMITS, maxBytes: 10 * 1024 * 1024, maxRows: 100_000, maxPages: 30, maxMs: 10_000, timeoutMs: 10_000 };

/**
 * Reads each of the page's downloads (bounded concurrency and caps) and returns them as the
 * snapshot's resources: HEAD-like metadata whose content type is what the bytes really are,
 * plus the inspection (real kind, stars, failed resource checks) the page report shows.
 */
export async function inspectDownloads(doc: DocumentLike, pageUrl: string, options: InspectOptions = {}): Promise<LinkedResource[]> {
  const urls = downloadLinks(doc, pageUrl, options.maxResources ?? 30);
  const limits = { ...INSPECT_LIMITS, ...options.limits };
  return mapLimit(urls, options.concurrency ?? 4, async (url): Promise<LinkedResource> => {
    try {
      const { profile, fetchedAt } = await profileResource(url, limits);
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
