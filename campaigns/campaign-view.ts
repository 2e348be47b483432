import type { Kysely } from 'kysely';
import { CampaignNotFoundError, getCampaign, listCampaigns } from './campaigns.js';
import { campaignProgress, type StateCounts } from './status.js';
import { distribution, profileBy, variation, type SiteScore } from './summary.js';
import { loadRanking } from './summary-load.js';
import type { CampaignDatabase, CampaignStatus } from './tables.js';

export interface CampaignView {
  id: string;
  name: string;
  status: CampaignStatus;
  createdAt: string;
  asOf: string | null;
  pages: StateCounts;
  ranking: SiteScore[];
  distribution: ReturnType<typeof distribution>;
  byAmbito: ReturnType<typeof profileBy>;
  byEntidad: ReturnType<typeof profileBy>;
  /** Against `compare`, when asked. */
  variation?: ReturnType<typeof variation>;
}

/** Everything the tablero shows of one campaign; undefined when it does not exist. */
export async function campaignView(db: Kysely<CampaignDatabase>, id: string, compare?: string): Promise<CampaignView | undefined> {
  let campaign;
  try {
    campaign = await getCampaign(db, id);
  } catch (error) {
    if (error instanceof CampaignNotFoundError) return undefined;
    throw error;
  }
  const ranking = await loadRanking(db, id);
  const previous = compare ? await loadRanking(db, compare) : undefined;
  return {
    id,
    name: campaign.name,
    status: campaign.status,
    createdAt: campaign.createdAt,
    asOf: campaign.options.audit.asOf ?? null,
    pages: (await campaignProgress(db, id, 0)).total,
    ranking,
    distribution: distribution(ranking),
    byAmbito: profileBy(ranking, 'ambito'),
    byEntidad: profileBy(ranking, 'entidad'),
    ...(previous ? { variation: variation(ranking, previous) } : {}),
  };
}

export { listCampaigns };
