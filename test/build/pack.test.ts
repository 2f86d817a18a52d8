// What a person gets from `npm install -g timelock`: the packed tarball, installed with production dependencies only
// into an empty prefix, must run the command with no source, no TypeScript and nothing else from node_modules.
// Offline: the package has no dependencies to fetch, and this proves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-pack-'));
const prefix = path.join(work, 'prefix');
const dataDir = path.join(work, 'data');
const command = path.join(prefix, ...(process.platform === 'win32' ? ['timelock.cmd'] : ['bin', 'timelock']));

function npm(args: string[], cwd = root) {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', shell: process.platform === 'win32', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The installed command, run from an unrelated folder with a clean environment (no TIMELOCK_DATA_DIR, no checkout). */
function timelock(...args: string[]) {
  return spawnSync(command, ['--data-dir', dataDir, ...args], {
    cwd: work,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    env: { PATH: process.env.PATH, HOME: work, TZ: 'UTC' },
  });
}

let packed: { files: { path: string }[]; filename: string };

beforeAll(() => {
  // `npm pack` runs prepack, which builds out/cli from the sources first.
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work])) as (typeof packed)[];
  npm(['install', '--global', path.join(work, packed.filename), '--omit=dev', '--prefix', prefix, '--offline', '--no-audit', '--no-fund'], work);
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the packed timelock package', () => {
  it('ships the built command and no TypeScript, tests or scripts', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/timelock.js', 'out/cli/timelock.js', 'out/cli/status.cjs', 'package.json']));
    expect(files.filter((f) => /\.tsx?$|^(scripts|test|electron|shared|renderer)\//.test(f))).toEqual([]);
  });

  it('installs with production dependencies only and brings none along', () => {
    const installed = path.join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules');
    expect(fs.readdirSync(installed)).toEqual(['timelock']);
    expect(fs.existsSync(path.join(installed, 'timelock', 'node_modules'))).toBe(false);
  });

  it('answers --help, status and summary --json on a fresh data folder', () => {
    const help = timelock('--help');
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: timelock /);

    const status = timelock('status');
    expect(status.stderr).toBe('');
    expect(status.status).toBe(0);
    expect(status.stdout.trim()).toBe('idle · 0 / 35 h');

    const logged = timelock('log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:30');
    expect(logged.stderr).toMatch(/^Logged 1:30 of Work/);
    expect(logged.status).toBe(0);

    const summary = timelock('summary', '--week', '2026-W13', '--json');
    expect(summary.stderr).toBe('');
    expect(summary.status).toBe(0);
    const week = JSON.parse(summary.stdout) as { week: string; minutes: { work: number } };
    expect(week.week).toBe('2026-W13');
    expect(week.minutes.work).toBe(90);
  }, 60_000);

  it("answers a status bar's repeated status from out/cli/status.cjs, with the same line", () => {
    const lines = [1, 2, 3].map(() => timelock('status'));
    for (const status of lines) expect(status).toMatchObject({ status: 0, stderr: '', stdout: lines[0]!.stdout });
    expect(lines[0]!.stdout).toMatch(/^(idle|Work \d+:\d\d) · [\d.]+ \/ 35 h\n$/);
    // Only the one-file status keeps the time zone offsets it used with the index.
    const index = JSON.parse(fs.readFileSync(path.join(dataDir, 'checked-files.json'), 'utf8')) as { offsets?: { tables: object } };
    expect(Object.keys(index.offsets?.tables ?? {})).toEqual(['UTC']);
  }, 60_000);
});
