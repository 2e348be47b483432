import { audit } from '../core/audit.js';
import type { AuditReport, PageSnapshotInput } from '../core/schemas/index.js';
import type { CampaignAuditOptions } from './options.js';

/**
 * The audit step of a campaign worker: the same core audit as `proactiva audit`, with the
 * campaign's audit options (verification date, profile, rule set). New audit options are added to
 * CampaignAuditOptions and passed on here. `clock` (the report's auditedAt and timings) is for a
 * campaign audited on a date other than today (the demo's seeded campaigns); workers leave it out.
 */
export function auditPage(snapshot: PageSnapshotInput, options: CampaignAuditOptions, clock?: () => number): AuditReport {
  return audit(snapshot, {
    ...(clock ? { clock } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  });
}
