import { z } from 'zod';
import { CriterionId } from './common.js';

/** Criterion weights (and optional per-check weight overrides) under which a report is scored. */
export const Profile = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  weights: z.partialRecord(CriterionId, z.number().min(0).max(100)).default({}),
  checkWeights: z.record(z.string(), z.number().min(0).max(100)).default({}),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

export const DEFAULT_PROFILE: Profile = Profile.parse({
  id: 'decalogo-default',
  name: 'Decálogo — pesos iguales',
});
