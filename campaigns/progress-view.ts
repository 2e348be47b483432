import type { Kysely } from 'kysely';
import { campaignProgress, type CampaignProgress } from './status.js';
import type { CampaignDatabase } from './tables.js';

const settled = (p: CampaignProgress) => p.total.done + p.total.failed + p.total.duplicate + p.total.excluded + p.total.cancelled;
const all = (p: CampaignProgress) => settled(p) + p.total.queued;

/** Status as text: totals, then one line per site, then failures with their reasons. */
export function renderProgress(p: CampaignProgress, lang: 'es' | 'en'): string {
  const t = p.total;
  const head = lang === 'en'
    ? `pages: ${all(p)} · audited ${t.done} · failed ${t.failed} · duplicate ${t.duplicate} · excluded ${t.excluded} · cancelled ${t.cancelled} · waiting ${t.queued}`
    : `páginas: ${all(p)} · evaluadas ${t.done} · fallidas ${t.failed} · duplicadas ${t.duplicate} · excluidas ${t.excluded} · canceladas ${t.cancelled} · en espera ${t.queued}`;
  const sites = p.sites.map((s) => `  ${s.siteId}\t${s.counts.done}/${s.counts.done + s.counts.queued + s.counts.failed + s.counts.duplicate + s.counts.excluded + s.counts.cancelled}${s.counts.failed ? `\t${lang === 'en' ? 'failed' : 'fallidas'} ${s.counts.failed}` : ''}\t${s.name}`);
  const failures = p.failures.map((f) => `  ✗ ${f.url}: ${f.reason}`);
  return [head, ...sites, ...(failures.length ? [lang === 'en' ? 'failures:' : 'fallas:', ...failures] : [])].join('\n') + '\n';
}

/** Redraws a bar on a terminal (plain lines otherwise) until no page waits; resolves to the last progress. */
export async function watchProgress(db: Kysely<CampaignDatabase>, campaignId: string, stream: NodeJS.WriteStream, lang: 'es' | 'en', everyMs = 1_000): Promise<CampaignProgress> {
  const tty = Boolean(stream.isTTY);
  let last = '';
  for (;;) {
    const p = await campaignProgress(db, campaignId, 0);
    const width = 24;
    const filled = all(p) === 0 ? width : Math.round((settled(p) / all(p)) * width);
    const text = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${settled(p)}/${all(p)} ${lang === 'en' ? 'pages' : 'páginas'}`;
    if (tty) stream.write(`\r\x1b[2K${text}`);
    else if (text !== last) stream.write(`${text}\n`);
    last = text;
    if (p.finished) {
      if (tty) stream.write('\n');
      return campaignProgress(db, campaignId);
    }
    await new Promise((done) => setTimeout(done, everyMs));
  }
}
