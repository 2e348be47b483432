import { afterAll, beforeAll } from 'vitest';
import { openEngine, type CampaignEngine } from '../../../campaigns/engine.js';
import { startFarm, type Farm, type FarmOptions } from '../../farm/farm.js';
import { testDatabase, type TestDatabase } from './test-pg.js';

export interface FarmSetup {
  database: TestDatabase;
  farm: Farm;
  /** Separate engines (separate pools and pg-boss instances), like separate worker processes. */
  engines: CampaignEngine[];
}

/** For a test file: a fresh database, a farm and `count` engines before its tests, all closed after. */
export function farmSetup(options: FarmOptions, count = 2): FarmSetup {
  const setup = { engines: [] } as unknown as FarmSetup;
  beforeAll(async () => {
    setup.database = await testDatabase();
    setup.farm = await startFarm(options);
    for (let i = 0; i < count; i++) setup.engines.push(await openEngine({ databaseUrl: setup.database.url, concurrency: 4 }));
  }, 60_000);
  afterAll(async () => {
    for (const engine of setup.engines) await engine.close();
    await setup.farm?.close();
    await setup.database?.drop();
  }, 60_000);
  return setup;
}
