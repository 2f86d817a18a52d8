// One writer per data folder, with real processes racing as people would start them: several `timelock log` at
// once with no host, an import racing a log, a browser host starting while a command works on the folder, and two
// hosts starting at once after a crash left a stale socket and lock behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataStore } from '../../electron/storage/openDataStore';
import { LOCK_FILE, readLockOwner } from '../../electron/storage/dataFolderLock';
import { ROOT, startWebHost, type RunningHost } from './webHost';
import { timelock } from './support/runTimelock';

const LOCK_CHILD = path.join(ROOT, 'test', 'electron', 'storage', 'lockChild.ts');



/** What is in the folder once everyone has finished. */
function notesIn(dataDir: string): string[] {
  const store = openDataStore({ dataDir, systemTimeZone: 'Europe/Berlin' });
  return store.getEntries().map((entry) => entry.note);
}

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const scratch: string[] = [];
const hosts: RunningHost[] = [];
afterAll(async () => {
  for (const host of hosts) await host.stop();
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-race-'));
  scratch.push(dir);
  return path.join(dir, 'data');
}

/** A CSV of `rows` one-hour Work entries, every three hours from 1 Jan 2025. */
function bigCsv(rows: number): string {
  const file = path.join(path.dirname(folder()), 'big.csv');
  const lines = ['start,end,project,description'];
  for (let i = 0; i < rows; i++) {
    const start = Date.UTC(2025, 0, 1, 8) + i * 3 * 3_600_000;
    lines.push(`${new Date(start).toISOString()},${new Date(start + 3_600_000).toISOString()},Work,imported ${i}`);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('one writer per data folder, raced by real processes', () => {
  it('8 `timelock log` started at once with no host: every one exits 0 and every entry is there', async () => {
    const dataDir = folder();
    const writers = 8;
    const runs = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        timelock(dataDir, 'log', 'Work', '--start', `2026-03-${10 + i}T09:00`, '--end', `2026-03-${10 + i}T10:00`, '--note', `writer ${i}`),
      ),
    );
    expect(runs.map((r) => [r.code, r.stderr.startsWith('Logged 1:00 of Work')])).toEqual(runs.map(() => [0, true]));
    expect(notesIn(dataDir).sort()).toEqual(Array.from({ length: writers }, (_, i) => `writer ${i}`).sort());
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('a log started while an import works on the folder waits its turn: both the import and the log are there', async () => {
    const dataDir = folder();
    const rows = 4_000;
    const importing = timelock(dataDir, 'import', bigCsv(rows));
    // The log starts once the import holds the folder, so it must wait rather than write alongside.
    await until(() => readLockOwner(dataDir)?.host === 'the command line', 'the import to hold the folder');
    const logged = await timelock(dataDir, 'log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00', '--note', 'CONCURRENT');
    const imported = await importing;
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain(`Imported ${rows.toLocaleString('en-US')} entries`);
    expect(logged.code).toBe(0);
    const notes = notesIn(dataDir);
    expect(notes).toContain('CONCURRENT');
    expect(notes).toHaveLength(rows + 1);
  });

  it('a browser host started while a command holds the folder waits, touching no file, and serves once it is free', async () => {
    const dataDir = folder();
    // A command holding the folder for as long as the test says (a real one would take its own, unknowable time).
    const command = spawn(process.execPath, ['--import', 'tsx', LOCK_CHILD, dataDir, '0', '0', 'the command line'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => command.stdout.once('data', resolve));
    expect(readLockOwner(dataDir)).toMatchObject({ host: 'the command line', pid: command.pid });

    const host = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron', 'web.ts'), '--port', '0', '--data-dir', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    host.stdout.on('data', (c: Buffer) => (out += c.toString()));
    host.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const hostExit = new Promise((resolve) => host.once('exit', resolve));
    try {
      await until(() => out.includes('Waiting up to 15 s for the command line'), 'the host to wait', 30_000);
      expect(out).toContain(`Waiting up to 15 s for the command line (process ${command.pid}) to finish with the data folder`);
      // Nothing read, repaired or created while it waits: the folder holds only the command's lock.
      expect(fs.readdirSync(dataDir)).toEqual([LOCK_FILE]);

      command.kill('SIGTERM');
      await until(() => out.includes('Timelock is running at'), 'the host to serve', 30_000);
      expect(readLockOwner(dataDir)).toMatchObject({ host: 'the browser host', pid: host.pid });
      const logged = await timelock(dataDir, 'log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00', '--note', 'through the host');
      expect(logged.code).toBe(0);
    } finally {
      host.kill('SIGTERM');
      await hostExit;
    }
    expect(notesIn(dataDir)).toEqual(['through the host']);
  });

  it.runIf(process.platform !== 'win32')('two hosts started at once after a crash: exactly one serves, the other refuses in words, the winner keeps its socket', async () => {
    const dataDir = folder();
    const crashed = await startWebHost(dataDir);
    const killed = new Promise((resolve) => crashed.child.once('exit', resolve));
    crashed.child.kill('SIGKILL');
    await killed;
    // What a crash leaves: the socket file nobody answers on, the host record and the lock of a dead process.
    expect(fs.lstatSync(path.join(dataDir, 'timelock.sock')).isSocket()).toBe(true);
    expect(readLockOwner(dataDir)?.pid).toBe(crashed.child.pid);

    const started = await Promise.allSettled([startWebHost(dataDir), startWebHost(dataDir)]);
    const served = started.filter((s): s is PromiseFulfilledResult<RunningHost> => s.status === 'fulfilled').map((s) => s.value);
    hosts.push(...served);
    const refused = started.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => String(s.reason));
    expect(served).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/exited with 1/);
    expect(refused[0]).toMatch(/Another Timelock \(the browser host, process \d+\) is already using the data folder/);
    const winner = served[0]!;
    expect(readLockOwner(dataDir)?.pid).toBe(winner.child.pid);
    expect(fs.lstatSync(path.join(dataDir, 'timelock.sock')).isSocket()).toBe(true);

    // The CLI reaches the winner through its socket: its timer runs in the host, not in the files alone.
    const start = await timelock(dataDir, 'start', 'Work');
    expect(start.code).toBe(0);
    const status = await timelock(dataDir, 'status', '--json');
    expect(JSON.parse(status.stdout)).toMatchObject({ running: true });
    await winner.stop();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });
});

describe('the browser host and its data folder', () => {
  function runHost(args: string[], env: Record<string, string>, until: (out: string) => boolean): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron', 'web.ts'), ...args], {
        cwd: ROOT,
        env: { ...process.env, TIMELOCK_DATA_DIR: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const seen = (c: Buffer) => {
        out += c.toString();
        if (until(out)) child.kill('SIGTERM');
      };
      child.stdout.on('data', seen);
      child.stderr.on('data', seen);
      child.on('close', (code) => resolve({ code, out }));
    });
  }

  it('--data-dir followed by another option is a usage mistake (exit 2): no folder called --port, no fall back', async () => {
    const config = path.dirname(folder());
    const ran = await runHost(['--data-dir', '--port', '4870'], { XDG_CONFIG_HOME: config }, () => false);
    expect(ran.code).toBe(2);
    expect(ran.out).toContain('--data-dir needs a folder (--port is an option, not a folder)');
    expect(fs.readdirSync(config)).toEqual([]);
    expect(fs.existsSync(path.join(ROOT, '--port'))).toBe(false);
  });

  it.runIf(process.platform === 'linux')("without --data-dir it says it uses the desktop app's own folder, and keeps that folder private", async () => {
    const config = path.dirname(folder());
    const own = path.join(config, 'Timelock');
    // As Electron leaves it on first run: readable by everyone.
    fs.mkdirSync(own);
    fs.chmodSync(own, 0o755);
    const ran = await runHost(['--port', '0'], { XDG_CONFIG_HOME: config }, (out) => out.includes('Timelock is running at'));
    expect(ran.out).toContain(`Data folder: ${own} (the desktop app's own data folder; --data-dir DIR picks another)`);
    expect(fs.statSync(own).mode & 0o777).toBe(0o700);
    expect(fs.existsSync(path.join(own, LOCK_FILE))).toBe(false);
  });

  it('a damaged month file is told once on stderr, with the path it was moved aside to, before the host serves', async () => {
    const dataDir = folder();
    for (const day of ['25', '26']) expect((await timelock(dataDir, 'log', 'Work', '--start', `2026-03-${day}T09:00`, '--end', `2026-03-${day}T10:00`)).code).toBe(0);
    const shard = path.join(dataDir, 'entries-2026-03.json');
    fs.writeFileSync(shard, fs.readFileSync(shard, 'utf8').slice(0, 40));
    const ran = await runHost(['--port', '0', '--data-dir', dataDir], {}, (out) => out.includes('Timelock is running at'));
    const notices = ran.out.split('\n').filter((line) => line.startsWith('[timelock] notice: '));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`entries-2026-03.json could not be used`);
    expect(notices[0]).toContain(`moved aside to ${path.join(dataDir, 'entries-2026-03.corrupt-')}`);
    expect(ran.out.indexOf('[timelock] notice: ')).toBeLessThan(ran.out.indexOf('Timelock is running at'));
  });
});
