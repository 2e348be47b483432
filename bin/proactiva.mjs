#!/usr/bin/env node
// Launches the TypeScript entry points through tsx's loader:
//   npx proactiva audit …      → core/node/cli.ts
//   npx proactiva collector …  → widgets/collector/main.ts (reads process.argv after "collector")
import { register } from 'tsx/esm/api';

register();
if (process.argv[2] === 'collector') {
  process.argv.splice(2, 1);
  await import('../widgets/collector/main.ts');
} else {
  const { runCli } = await import('../core/node/cli.ts');
  process.exitCode = await runCli(process.argv.slice(2));
}
