// The real command as a person runs it: a child process with its exit code and both streams, never a shared
// TIMELOCK_DATA_DIR from the environment.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../webHost';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(command: string, args: readonly string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, TIMELOCK_DATA_DIR: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** bin/timelock.js on a data folder of its own (with no host running, the command opens the folder itself). */
export function timelock(dataDir: string, ...args: string[]): Promise<Ran> {
  return runCommand(process.execPath, [path.join(ROOT, 'bin', 'timelock.js'), '--data-dir', dataDir, ...args]);
}
