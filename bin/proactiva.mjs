#!/usr/bin/env node
// Launches the TypeScript CLI (core/node/cli.ts) through tsx's loader, so `npx proactiva audit …` works.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../core/node/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
