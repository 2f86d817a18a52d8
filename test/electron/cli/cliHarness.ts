// Runs the CLI in-process as a person would type it, against a data folder, with the fake clock and the streams
// captured: every CLI test goes through runStatusFast, then runCli when it declines, as bin/timelock.js does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type RunCliOptions } from '../../../electron/cli';
import { runStatusFast } from '../../../electron/cli/statusFast';
import { fakeClock, type FakeClock } from '../../support/testHost';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON. */
  json<T = unknown>(): T;
}

export interface CliFolder {
  dataDir: string;
  clock: FakeClock;
  run(...argv: string[]): Promise<CliRun>;
  cleanup(): void;
}

/** A fresh data folder whose first run happens in Berlin; the clock starts on Wed 1 Apr 2026, 12:00 Berlin. */
export function cliFolder(options: { start?: number; dataDir?: string; env?: Record<string, string> } = {}): CliFolder {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-cli-'));
  const clock = fakeClock(options.start ?? Date.UTC(2026, 3, 1, 10, 0));
  return {
    dataDir,
    clock,
    run: (...argv) => runIn(argv, { env: { TIMELOCK_DATA_DIR: dataDir, ...options.env }, clock }),
    cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

export async function runIn(
  argv: string[],
  options: { env?: Record<string, string | undefined>; clock?: FakeClock; cwd?: string; lockWaitMs?: number } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const given: RunCliOptions = {
    argv,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    clock: options.clock,
    cwd: options.cwd,
    lockWaitMs: options.lockWaitMs,
    systemTimeZone: 'Europe/Berlin',
  };
  const code = (await runStatusFast(given)) ?? (await runCli(given));
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}
