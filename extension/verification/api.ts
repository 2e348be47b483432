import { z } from 'zod';
import { AuditorSession, Claim, PageHolder, VerificationQueue } from '../../core/schemas/index.js';
import type { CollectorSettings } from '../settings/settings.js';

/** The collector's error body, with what a refusal of the verification queue adds (who holds a page). */
const ApiRefusal = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().nullable().optional(), holder: PageHolder.optional(), answeredBy: z.array(z.string()).optional() }),
});

/** A refused or failed call to the verification queue: HTTP status (0: no answer), the collector's code and message. */
export class VerificationError extends Error {
  override readonly name = 'VerificationError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly holder: PageHolder | null = null,
  ) {
    super(message);
  }
}

export const verificationReady = (collector: CollectorSettings): boolean => Boolean(collector.url && collector.auditorToken);

/** A call to the collector with the auditor's token; the answer validated with `schema`. */
async function call<S extends z.ZodType>(collector: CollectorSettings, method: string, path: string, schema: S, body?: unknown, timeoutMs = 15_000): Promise<z.output<S>> {
  if (!verificationReady(collector)) throw new VerificationError('collector or auditor token not configured', 0, 'not_configured');
  let response: Response;
  try {
    response = await fetch(new URL(path, collector.url).href, {
      method,
      credentials: 'omit',
      headers: { authorization: `Bearer ${collector.auditorToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new VerificationError(`network error (${error instanceof Error ? error.message : String(error)})`, 0, 'network');
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refusal = ApiRefusal.safeParse(json);
    if (refusal.success) throw new VerificationError(refusal.data.error.message, response.status, refusal.data.error.code, refusal.data.error.holder ?? null);
    throw new VerificationError(`HTTP ${response.status}`, response.status, `http-${response.status}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new VerificationError('unexpected answer from the collector', response.status, 'unexpected');
  return parsed.data;
}

const campaignPath = (campaignId: string, rest: string) => `/v1/campaigns/${encodeURIComponent(campaignId)}/${rest}`;

/** Who the auditor token is and which campaigns wait for review. */
export const fetchSession = (collector: CollectorSettings) => call(collector, 'GET', '/v1/auditors/me', AuditorSession);

/** A campaign's pages with review checks unanswered, by sujeto obligado, with who holds each. */
export const fetchQueue = (collector: CollectorSettings, campaignId: string) => call(collector, 'GET', campaignPath(campaignId, 'queue'), VerificationQueue);

/** Takes (or renews) the page's lease; 409 `page_taken` names the holder. */
export const claimPage = (collector: CollectorSettings, campaignId: string, page: string) => call(collector, 'POST', campaignPath(campaignId, 'claims'), Claim, { page });

/** Gives the page back. */
export const releasePage = (collector: CollectorSettings, campaignId: string, page: string) =>
  call(collector, 'DELETE', `${campaignPath(campaignId, 'claims')}?page=${encodeURIComponent(page)}`, z.object({ released: z.boolean() }));

/** Where a campaign's answers are posted. */
export const answersUrl = (collectorUrl: string, campaignId: string) => new URL(campaignPath(campaignId, 'answers'), collectorUrl).href;
