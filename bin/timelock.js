#!/usr/bin/env node
// The `timelock` command: runs electron/cli.ts through tsx's ESM loader, so it works from a checkout with no build
// step (`npm run --silent cli -- status`). All the work is in runCli; this only adapts the process to it.
import { register } from 'tsx/esm/api';

// `timelock export | head` closes stdout early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { runCli } = await import(new URL('../electron/cli.ts', import.meta.url).href);
process.exitCode = await runCli({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr });
