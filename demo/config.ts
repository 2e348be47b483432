/** `npm start` settings from the environment, validated (a bad value stops the start with a clear message). */
import { resolve } from 'node:path';
import { z } from 'zod';

const Port = z.coerce.number().int().min(0).max(65_535);

const Env = z.object({
  PROACTIVA_DATA_DIR: z.string().min(1).default('data'),
  PROACTIVA_PORTAL_PORT: Port.default(8080),
  PROACTIVA_DASHBOARD_PORT: Port.default(8081),
  PROACTIVA_COLLECTOR_PORT: Port.default(8787),
  /** "1" skips the builds (their outputs must already exist). */
  PROACTIVA_SKIP_BUILD: z.enum(['0', '1']).default('0'),
});

export interface DemoConfig {
  host: '127.0.0.1';
  dataDir: string;
  ports: { portal: number; dashboard: number; collector: number };
  skipBuild: boolean;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): DemoConfig {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('PROACTIVA_') && v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const e = parsed.data;
  return {
    host: '127.0.0.1',
    dataDir: resolve(cwd, e.PROACTIVA_DATA_DIR),
    ports: { portal: e.PROACTIVA_PORTAL_PORT, dashboard: e.PROACTIVA_DASHBOARD_PORT, collector: e.PROACTIVA_COLLECTOR_PORT },
    skipBuild: e.PROACTIVA_SKIP_BUILD === '1',
  };
}
