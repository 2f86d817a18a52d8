#!/usr/bin/env node
// The `timelock` command: runs the built command line (out/cli/timelock.js, bundled by scripts/buildCli.mjs), so an
// installed package needs neither TypeScript nor any dependency. In a checkout (scripts/ is next to bin/, which the
// published package leaves out) the bundle is rebuilt first when a source is newer, so `npm run cli` always runs
// the code as it is. All the work is in runCli; this only adapts the process to it.
import fs from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps the bundle's compiled code between runs: a status bar calls this every few seconds. (No-op before.)
module.enableCompileCache?.();

// `timelock export | head` closes stdout early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const builder = new URL('../scripts/buildCli.mjs', import.meta.url);
if (fs.existsSync(builder)) {
  const { buildCli, cliIsStale } = await import(builder.href);
  if (cliIsStale()) {
    process.stderr.write('[timelock] building out/cli from the sources…\n');
    await buildCli();
  }
}
const { runCli } = await import(new URL('../out/cli/timelock.js', import.meta.url).href);
process.exitCode = await runCli({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr });
