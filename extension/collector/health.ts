import { z } from 'zod';

const Health = z.object({ ok: z.boolean(), db: z.string().max(50) });

/** GET {url}/healthz (docs/collector-api.md): is the collector there, and on which database. */
export async function collectorHealth(url: string, timeoutMs = 8_000): Promise<{ ok: boolean; db: string }> {
  const response = await fetch(new URL('/healthz', url).href, { credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Health.parse(await response.json());
}
