import type { HttpBindings } from '@hono/node-server';
import type { Locale } from '../../../core/schemas/index.js';
import type { SpamRules } from '../options.js';
import type { Store } from '../store/index.js';
import type { Limiter } from './limit.js';

/** What every route handler gets: the store, the admin token's hash, the limiters. */
export interface Deps {
  store: Store;
  adminTokenHash: string | null;
  trustProxy: boolean;
  limits: { feedbackPerIp: Limiter; feedbackPerSite: Limiter; readsPerIp: Limiter } | null;
  /** Spam rules, or null when off. */
  spam: SpamRules | null;
  /** How long a claim on a campaign page lasts (verification queue). */
  leaseMs: number;
}

export type AppEnv = { Bindings: HttpBindings; Variables: { locale: Locale; ip: string } };
