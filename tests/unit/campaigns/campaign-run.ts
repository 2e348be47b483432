import { parsePadron } from '../../../campaigns/padron.js';
import { createCampaign } from '../../../campaigns/campaigns.js';
import type { CampaignEngine } from '../../../campaigns/engine.js';
import type { CampaignOptionsInput } from '../../../campaigns/options.js';
import { campaignProgress, type CampaignProgress } from '../../../campaigns/status.js';
import type { Farm } from '../../farm/farm.js';

/** Creates a campaign over every farm site. */
export async function farmCampaign(engine: CampaignEngine, farm: Farm, id: string, options: CampaignOptionsInput, status: 'created' | 'running' = 'created'): Promise<void> {
  const { entries, problems } = parsePadron(farm.padronCsv());
  if (problems.length > 0) throw new Error(`farm padrón: ${JSON.stringify(problems)}`);
  await createCampaign(engine, `farm ${id}`, entries, options, id, status);
}

/** Polls the campaign until no page waits, or fails after `timeoutMs`. */
export async function waitFinished(engine: CampaignEngine, id: string, timeoutMs: number, until: (p: CampaignProgress) => boolean = (p) => p.finished): Promise<CampaignProgress> {
  const started = Date.now();
  for (;;) {
    const progress = await campaignProgress(engine.db, id);
    if (until(progress)) return progress;
    if (Date.now() - started > timeoutMs) throw new Error(`campaign ${id} not there after ${timeoutMs} ms: ${JSON.stringify(progress.total)}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}
