import type { ResourceProfile } from '../../resources/schema.js';
import { DEFAULT_RESOURCE_LIMITS, profileSource, type ResourceLimits } from '../../net/resources/profile-source.js';
import { openResource } from './open-resource.js';

export { DEFAULT_RESOURCE_LIMITS, type ResourceLimits } from '../../net/resources/profile-source.js';

/**
 * Opens a file or URL and profiles it within the caps (core/net/resources/profile-source.ts).
 * Only an unreachable source throws (PageReadError).
 */
export async function profileResource(input: string, limits: ResourceLimits = DEFAULT_RESOURCE_LIMITS, options: { baseUrl?: string; clock?: () => number } = {}): Promise<{ profile: ResourceProfile; fetchedAt: string }> {
  const deadline = (options.clock ?? Date.now)() + limits.maxMs;
  const source = await openResource(input, { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  return profileSource(source, limits, deadline);
}
