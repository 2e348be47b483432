import type { ResolvedRuleSet } from '../../rules/schema.js';
import { AuditInputError } from '../../errors.js';
import { auditResource } from '../../resources/audit-resource.js';
import type { AuditReport, Profile } from '../../schemas/index.js';
import { PageReadError } from '../../net/read-error.js';
import { DEFAULT_RESOURCE_LIMITS, profileResource, type ResourceLimits } from './profile-resource.js';

/** Reads a dataset or document (file or URL) and audits it; throws PageReadError when it cannot be read. */
export async function auditResourceInput(
  input: string,
  options: { profile?: Profile; baseUrl?: string; limits?: Partial<ResourceLimits>; asOf?: string; rules?: ResolvedRuleSet } = {},
): Promise<AuditReport> {
  const { profile, fetchedAt } = await profileResource(input, { ...DEFAULT_RESOURCE_LIMITS, ...options.limits }, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  try {
    return auditResource(profile, { fetchedAt, ...(options.profile ? { profile: options.profile } : {}), ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.rules ? { rules: options.rules } : {}) });
  } catch (error) {
    if (error instanceof AuditInputError) throw new PageReadError('io', `${error.message}: ${error.issues.join('; ')}`);
    throw error;
  }
}
