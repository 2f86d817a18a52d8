#!/usr/bin/env node
// The `timelock` command: runs the built command line (out/cli/timelock.js, bundled by scripts/buildCli.mjs), so an
// installed package needs neither TypeScript nor any dependency. In a checkout (scripts/ is next to bin/, which the
// published package leaves out) the bundle is rebuilt first when a source is newer, so `npm run cli` always runs
// the code as it is. All the work is in runStatusFast and runCli; this only adapts the process to them.
import module from 'node:module';

// Node 22.1+ keeps the bundle's compiled code between runs: a status bar calls this every few seconds. (No-op before.)
module.enableCompileCache?.();

// Built-in modules through require(): an ES module's `import fs from 'node:fs'` evaluates every lazy getter of fs,
// which loads its streams (about 4 ms of a status bar's call).
const require = module.createRequire(import.meta.url);
const fs = require('node:fs');

const builder = new URL('../scripts/buildCli.mjs', import.meta.url);
if (fs.existsSync(builder)) {
  const { buildCli, cliIsStale } = await import(builder.href);
  if (cliIsStale()) {
    process.stderr.write('[timelock] building out/cli from the sources…\n');
    await buildCli();
  }
}

const argv = process.argv.slice(2);
// `timelock status`, called by status bars every few seconds, first tries its own small bundle (statusFast.ts); it
// declines anything it cannot answer exactly as runCli would, before writing a byte.
const answered = argv.includes('status')
  ? await require('../out/cli/status.cjs').runStatusFast({ argv, env: process.env, stdout: { write: writeStdout }, stderr: { write: (text) => process.stderr.write(text) } })
  : undefined;

if (answered !== undefined) {
  process.exitCode = answered;
} else {
  // `timelock export | head` closes stdout early: that is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { runCli } = await import(new URL('../out/cli/timelock.js', import.meta.url).href);
  process.exitCode = await runCli({ argv, env: process.env, stdout: process.stdout, stderr: process.stderr });
}

/**
 * Status's line straight to file descriptor 1: process.stdout, made on first use, loads node:net and the streams for a
 * pipe (about 7 ms). Closed early by the reader (EPIPE) reads as above; a non-blocking stdout that is full is left to
 * the stream, which waits for it.
 */
function writeStdout(text) {
  let rest = Buffer.from(text);
  while (rest.length > 0) {
    try {
      rest = rest.subarray(fs.writeSync(1, rest));
    } catch (error) {
      if (error.code === 'EPIPE') process.exit(0);
      if (error.code !== 'EAGAIN') throw error;
      process.stdout.write(rest);
      return;
    }
  }
}
