import { z } from 'zod';
import { AuditReport } from '../../core/schemas/index.js';
import { scrubPii } from '../../core/privacy/index.js';
import type { CollectorSettings } from '../settings/settings.js';

/** Body of POST /v1/audits (docs/collector-api.md). */
const Publication = z.object({ site: z.string().min(3).max(100).regex(/^[a-z0-9][a-z0-9-]*$/), report: AuditReport });
const Created = z.object({ id: z.string().min(1) });
const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export class PublishError extends Error {
  override readonly name = 'PublishError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** What publishing needs of the collector settings (the auditor token is for the verification queue). */
type PublishTarget = Pick<CollectorSettings, 'url' | 'site' | 'token'>;

export const collectorReady = (collector: PublishTarget): boolean => Boolean(collector.url && collector.site && collector.token);

/** The report as it may leave the browser: review notes scrubbed of personal data, no reviewer names. */
export function publishableReport(report: AuditReport): AuditReport {
  return {
    ...report,
    criteria: report.criteria.map((criterion) => ({
      ...criterion,
      checks: criterion.checks.map((check) => {
        if (!check.review) return check;
        const { reviewer: _reviewer, note, ...review } = check.review;
        return { ...check, review: { ...review, ...(note ? { note: scrubPii(note).text } : {}) } };
      }),
    })),
  };
}

/**
 * Publishes an audit to the garante's collector: POST {url}/v1/audits with the site's Bearer token.
 * Idempotent on the collector's side (same site, URL and audit time give the same id).
 */
export async function publishAudit(collector: PublishTarget, report: AuditReport, timeoutMs = 15_000): Promise<string> {
  if (!collectorReady(collector)) throw new PublishError('collector not configured', 0);
  const body = Publication.parse({ site: collector.site, report: publishableReport(report) });
  const endpoint = new URL('/v1/audits', collector.url).href;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${collector.token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new PublishError(`network error (${error instanceof Error ? error.message : String(error)})`, 0);
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ApiError.safeParse(json);
    throw new PublishError(parsed.success ? `${parsed.data.error.code}: ${parsed.data.error.message}` : `HTTP ${response.status}`, response.status);
  }
  const created = Created.safeParse(json);
  if (!created.success) throw new PublishError('unexpected answer from the collector', response.status);
  return created.data.id;
}
