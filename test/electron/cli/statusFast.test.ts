// runStatusFast, the one-file status bin/timelock.js tries first: it answers exactly as runCli does, or declines
// without a byte written, so that runCli answers; the offsets it keeps with the index are its own Node's only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type RunCliOptions } from '../../../electron/cli';
import { runStatusFast } from '../../../electron/cli/statusFast';
import { startSocketServer, type SocketServer } from '../../../electron/hosts/socketServer';
import { CHECKED_FILES, openCheckedFiles, type CheckedFilesIndex } from '../../../electron/storage/checkedFiles';
import { fakeClock, makeTestHost, MINUTE, type TestHost } from '../../support/testHost';
import { holdDataFolder, releaseHeldLocks } from '../hosts/heldLock';
import { cliFolder, type CliFolder } from './cliHarness';

let folder: CliFolder | undefined;
let host: TestHost | undefined;
let server: SocketServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  releaseHeldLocks();
  host?.cleanup();
  folder?.cleanup();
  host = folder = undefined;
});

/** runStatusFast alone: its exit code (undefined: declined) and what it wrote. */
async function fast(dataDir: string, clock: RunCliOptions['clock'], ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runStatusFast({
    argv,
    env: { TIMELOCK_DATA_DIR: dataDir },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    clock,
    systemTimeZone: 'Europe/Berlin',
  });
  return { code, stdout, stderr };
}

/** runCli alone, the folder opened the full way (no index): the oracle. */
async function full(dataDir: string, clock: RunCliOptions['clock'], ...argv: string[]): Promise<string> {
  fs.rmSync(path.join(dataDir, CHECKED_FILES), { force: true });
  let stdout = '';
  const code = await runCli({ argv, env: { TIMELOCK_DATA_DIR: dataDir }, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, clock, systemTimeZone: 'Europe/Berlin' });
  expect(code).toBe(0);
  return stdout;
}

/** A folder with work logged this week and a timer running, its index recorded by a first status. */
async function indexedFolder(): Promise<CliFolder> {
  const made = cliFolder();
  expect((await made.run('log', 'Work', '--start', '2026-03-30T09:00', '--end', '2026-03-30T12:00')).code).toBe(0);
  expect((await made.run('start', 'Work')).code).toBe(0);
  made.clock.advance(45 * MINUTE);
  expect((await made.run('status')).code).toBe(0);
  expect(fs.existsSync(path.join(made.dataDir, CHECKED_FILES))).toBe(true);
  return made;
}

const readIndex = (dataDir: string) => JSON.parse(fs.readFileSync(path.join(dataDir, CHECKED_FILES), 'utf8')) as CheckedFilesIndex;

describe('runStatusFast', () => {
  it('answers status and status --json from the checked files with what the full open prints', async () => {
    folder = await indexedFolder();
    const line = await fast(folder.dataDir, folder.clock, 'status');
    expect(line).toEqual({ code: 0, stdout: 'Work 0:45 · 3.8 / 35 h\n', stderr: '' });
    const json = await fast(folder.dataDir, folder.clock, '--data-dir', folder.dataDir, 'status', '--json');
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(await full(folder.dataDir, folder.clock, 'status', '--json'));
  });

  it('declines, writing nothing, whatever is not a plain status: another command, help, a usage mistake', async () => {
    folder = await indexedFolder();
    for (const argv of [['stop'], ['status', '--help'], ['help', 'status'], ['status', '--jsn'], ['status', 'extra'], ['--data-dir'], []]) {
      expect(await fast(folder.dataDir, folder.clock, ...argv)).toEqual({ code: undefined, stdout: '', stderr: '' });
    }
    expect(fs.existsSync(path.join(folder.dataDir, 'timelock.lock'))).toBe(false);
  });

  it('a month file changed with its size and time kept: declined, and runCli counts the change', async () => {
    folder = await indexedFolder();
    const file = path.join(folder.dataDir, 'entries-2026-03.json');
    const text = fs.readFileSync(file, 'utf8');
    const end = (JSON.parse(text) as { entries: Array<{ end: number }> }).entries[0]!.end;
    // An hour more, in as many digits: the same size.
    fs.writeFileSync(file, text.replace(String(end), String(end + 60 * MINUTE)));
    expect(fs.statSync(file).size).toBe(Buffer.byteLength(text));
    // Its time as the index has it (Node sets times to the microsecond, so the index is made to name the new one).
    const index = readIndex(folder.dataDir);
    index.files['entries-2026-03.json']!.mtimeMs = fs.statSync(file).mtimeMs;
    fs.writeFileSync(path.join(folder.dataDir, CHECKED_FILES), JSON.stringify(index));

    expect(await fast(folder.dataDir, folder.clock, 'status')).toEqual({ code: undefined, stdout: '', stderr: '' });
    expect(await folder.run('status')).toMatchObject({ code: 0, stdout: 'Work 0:45 · 4.8 / 35 h\n' });
  });

  it('no index, or the folder held by another Timelock: declined, and the folder left as it was', async () => {
    folder = await indexedFolder();
    fs.rmSync(path.join(folder.dataDir, CHECKED_FILES));
    expect((await fast(folder.dataDir, folder.clock, 'status')).code).toBeUndefined();
    expect(fs.existsSync(path.join(folder.dataDir, CHECKED_FILES))).toBe(false);

    expect((await folder.run('status')).code).toBe(0);
    const lock = holdDataFolder(folder.dataDir, 'the command line');
    expect((await fast(folder.dataDir, folder.clock, 'status')).code).toBeUndefined();
    expect(lock.held).toBe(true);
  });

  it("through a running host's socket: the host's figures at the host's clock", async () => {
    host = makeTestHost();
    server = await startSocketServer({ app: host.app, dataDir: host.dataDir, lock: holdDataFolder(host.dataDir) });
    await host.call('timer.start', { categoryId: 'work' });
    host.clock.advance(25 * MINUTE);
    const run = await fast(host.dataDir, fakeClock(Date.UTC(2030, 0, 1)), 'status', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ running: true, timer: { category: 'Work', elapsedMinutes: 25 }, otherTimers: [], minutes: { work: 25 } });
  });

  it("names a timer another computer runs (as of its last sync), from the checked files as the full open does", async () => {
    const laptop = cliFolder();
    folder = cliFolder();
    const syncFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-syncfolder-'));
    try {
      for (const [computer, name] of [[laptop, 'Laptop'], [folder, 'Desktop']] as const) {
        expect((await computer.run('sync', 'setup', '--folder', syncFolder, '--device-name', name)).code).toBe(0);
      }
      expect((await laptop.run('start', 'Work', '--note', 'report')).code).toBe(0);
      await laptop.run('sync', 'now');
      await folder.run('sync', 'now');
      folder.clock.advance(65 * MINUTE);
      expect((await folder.run('status')).code).toBe(0);

      const line = await fast(folder.dataDir, folder.clock, 'status');
      expect(line).toEqual({ code: 0, stdout: 'Work on Laptop 1:05 · 0 / 35 h\n', stderr: '' });
      expect(line.stdout).toBe(await full(folder.dataDir, folder.clock, 'status'));
      const json = await fast(folder.dataDir, folder.clock, 'status', '--json');
      expect(json.code).toBe(0);
      expect(json.stdout).toBe(await full(folder.dataDir, folder.clock, 'status', '--json'));
      expect(JSON.parse(json.stdout)).toMatchObject({
        running: false,
        timer: null,
        otherTimers: [{ device: { name: 'Laptop' }, timer: { category: 'Work', area: 'work', start: '2026-04-01T12:00:00+02:00', elapsedMinutes: 65, note: 'report' } }],
      });
      // The laptop's own timer is its own, not another computer's; a timer here comes first on the desktop.
      expect((await laptop.run('status')).stdout).toMatch(/^Work 0:00 · /);
      expect((await folder.run('start', 'Family')).code).toBe(0);
      folder.clock.advance(5 * MINUTE);
      expect((await fast(folder.dataDir, folder.clock, 'status')).stdout).toBe('Family 0:05 · 0 / 35 h\n');
    } finally {
      laptop.cleanup();
      fs.rmSync(syncFolder, { recursive: true, force: true });
    }
  });

    it('keeps the offsets it used with the index, as the full open records them, for its own Node and ICU only; log keeps them too', async () => {
    folder = await indexedFolder();
    expect(Object.keys(readIndex(folder.dataDir).offsets!.tables)).toContain('Europe/Berlin');
    expect((await fast(folder.dataDir, folder.clock, 'status')).code).toBe(0);
    const offsets = readIndex(folder.dataDir).offsets!;
    expect(offsets.runtime).toContain(`node ${process.versions.node}`);
    expect(Object.keys(offsets.tables)).toContain('Europe/Berlin');
    expect(openCheckedFiles(folder.dataDir)!.offsets).toEqual(offsets.tables);

    expect((await folder.run('log', 'Work', '--start', '2026-03-31T09:00', '--end', '2026-03-31T10:00')).code).toBe(0);
    expect(readIndex(folder.dataDir).offsets).toEqual(offsets);

    // Another Node's tables (another ICU may know other rules) are not given to this one.
    fs.writeFileSync(path.join(folder.dataDir, CHECKED_FILES), JSON.stringify({ ...readIndex(folder.dataDir), offsets: { ...offsets, runtime: 'node 0.0.0 icu 1 tz 1970a' } }));
    expect(openCheckedFiles(folder.dataDir)!.offsets).toEqual({});
    expect((await fast(folder.dataDir, folder.clock, 'status')).stdout).toBe('Work 0:45 · 4.8 / 35 h\n');
  });
});
