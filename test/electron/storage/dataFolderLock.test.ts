// One writer per data folder: the lock file, who holds it, how a killed holder's lock is recovered (also when several
// processes find it at once), and that a folder held by a live Timelock is never taken.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquireDataFolderLock,
  DataFolderBusyError,
  LOCK_FILE,
  readLockOwner,
  tryAcquireDataFolderLock,
  type DataFolderLock,
  type LockOwner,
} from '../../../electron/storage/dataFolderLock';

const CHILD = fileURLToPath(new URL('./lockChild.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const posix = process.platform !== 'win32';
const scratch: string[] = [];
const held: DataFolderLock[] = [];
afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-lock-'));
  scratch.push(dir);
  return dir;
}

function take(dir: string, host = 'the test host'): DataFolderLock {
  const lock = tryAcquireDataFolderLock(dir, { host });
  if (lock instanceof DataFolderBusyError) throw lock;
  held.push(lock);
  return lock;
}

function plant(dir: string, owner: Partial<LockOwner>): void {
  const full: LockOwner = { pid: 1, hostname: os.hostname(), host: 'the browser host', startedAt: Date.now(), nonce: 'planted', ...owner };
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(full));
}

/** The pid of a process that has just ended: nothing answers to it (pids are not reused that fast). */
function deadPid(): number {
  const ran = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(ran.stdout);
}

describe('the data folder lock', () => {
  it('names its holder in the folder, private to this user, and lets go on release', () => {
    const dir = folder();
    const lock = take(dir, 'the browser host');
    expect(readLockOwner(dir)).toMatchObject({ pid: process.pid, hostname: os.hostname(), host: 'the browser host', startedAt: expect.any(Number) });
    if (posix) expect(fs.statSync(path.join(dir, LOCK_FILE)).mode & 0o777).toBe(0o600);
    lock.release();
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a second taker is refused while it is held, with who holds it and what to do', () => {
    const dir = folder();
    take(dir, 'the browser host');
    const busy = tryAcquireDataFolderLock(dir, { host: 'the command line' });
    expect(busy).toBeInstanceOf(DataFolderBusyError);
    expect((busy as Error).message).toBe(`Another Timelock (the browser host, process ${process.pid}) is already using the data folder ${dir}. Use that one, or quit it first.`);
  });

  it.runIf(posix)('the same folder reached through a symlink is the same busy folder', () => {
    const dir = folder();
    const link = path.join(folder(), 'link');
    fs.symlinkSync(dir, link);
    take(dir, 'the browser host');
    expect(tryAcquireDataFolderLock(link, { host: 'x' })).toBeInstanceOf(DataFolderBusyError);
  });

  it('a command line holder is waited for; its message says to try again', () => {
    const dir = folder();
    take(dir, 'the command line');
    expect((tryAcquireDataFolderLock(dir, { host: 'x' }) as Error).message).toBe(
      `Another Timelock (the command line, process ${process.pid}) is using the data folder ${dir}; try again when it has finished.`,
    );
  });

  it.runIf(posix)('creates a missing data folder readable by this user only', () => {
    const dir = path.join(folder(), 'new', 'data');
    take(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });

  it("a killed process's lock is recovered", () => {
    const dir = folder();
    plant(dir, { pid: deadPid() });
    const lock = take(dir);
    expect(readLockOwner(dir)?.pid).toBe(process.pid);
    expect(lock.held).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('a lock taken before the computer last started is recovered, whatever process has its pid now', () => {
    const dir = folder();
    plant(dir, { pid: process.ppid, startedAt: Date.now() - os.uptime() * 1000 - 3_600_000 });
    expect(take(dir).held).toBe(true);
  });

  it('a lock naming this process that this process does not hold is a leftover and is recovered', () => {
    const dir = folder();
    plant(dir, { pid: process.pid });
    expect(take(dir).held).toBe(true);
  });

  it.runIf(process.platform === 'linux')('a lock whose pid now belongs to a process started after it was taken is recovered', () => {
    const dir = folder();
    // Our parent process started before a lock taken 5 s ago: it may be its holder.
    plant(dir, { pid: process.ppid, startedAt: Date.now() - 5_000 });
    expect(tryAcquireDataFolderLock(dir, { host: 'x' })).toBeInstanceOf(DataFolderBusyError);
    const old = path.join(dir, LOCK_FILE);
    fs.rmSync(old);
    // A lock taken just after boot, long before our parent started: whoever held it is gone and the pid was reused.
    plant(dir, { pid: process.ppid, startedAt: Date.now() - os.uptime() * 1000 + 1_000 });
    expect(take(dir).held).toBe(true);
  });

  it('a live process on this computer keeps its lock', () => {
    const dir = folder();
    plant(dir, { pid: process.ppid, host: 'the desktop app', startedAt: Date.now() });
    const busy = tryAcquireDataFolderLock(dir, { host: 'x' });
    expect(busy).toBeInstanceOf(DataFolderBusyError);
    expect((busy as DataFolderBusyError).owner).toMatchObject({ pid: process.ppid, host: 'the desktop app' });
  });

  it('a lock from another computer stands, and the message says how to clear it if that computer is not running Timelock', () => {
    const dir = folder();
    plant(dir, { pid: deadPid(), hostname: 'other-laptop' });
    const busy = tryAcquireDataFolderLock(dir, { host: 'x' }) as Error;
    expect(busy).toBeInstanceOf(DataFolderBusyError);
    expect(busy.message).toContain(`on the computer other-laptop) is already using the data folder ${dir}`);
    expect(busy.message).toContain(`If Timelock is not running there, remove ${path.join(dir, LOCK_FILE)}.`);
  });

  it('an unreadable lock file is being written (busy) while young, and recovered once old', () => {
    const dir = folder();
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, '{"pid":');
    expect(tryAcquireDataFolderLock(dir, { host: 'x' })).toBeInstanceOf(DataFolderBusyError);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    expect(take(dir).held).toBe(true);
  });

  it('release never removes a lock that is no longer its own', () => {
    const dir = folder();
    const lock = take(dir);
    plant(dir, { pid: process.ppid, nonce: 'someone-else' });
    lock.release();
    expect(readLockOwner(dir)?.nonce).toBe('someone-else');
  });

  it('acquire waits for the holder to finish, gives up after its wait, and at once when told not to wait', async () => {
    const dir = folder();
    const first = take(dir, 'the command line');
    setTimeout(() => first.release(), 300);
    const second = await acquireDataFolderLock(dir, { host: 'the browser host', waitMs: 5_000, pollMs: 50 });
    held.push(second);
    expect(readLockOwner(dir)?.host).toBe('the browser host');

    const started = Date.now();
    await expect(acquireDataFolderLock(dir, { host: 'x', waitMs: 400, pollMs: 50 })).rejects.toBeInstanceOf(DataFolderBusyError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    const waits: unknown[] = [];
    await expect(acquireDataFolderLock(dir, { host: 'x', waitMs: 60_000, shouldWait: () => false, onWait: (b) => waits.push(b) })).rejects.toThrow(
      /is already using the data folder/,
    );
    expect(waits).toEqual([]);
  });
});

describe('the data folder lock across processes', () => {
  interface Child {
    said: Promise<string>;
    exit: Promise<number | null>;
    stop(): void;
  }

  /** A child that tries the lock at the instant `at` and, if it wins, holds it for `holdMs` (0: until stopped). */
  function child(dir: string, at: number, holdMs: number): Child {
    const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(at), String(holdMs)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    return {
      said: new Promise((resolve) => proc.stdout.once('data', (c: Buffer) => resolve(c.toString().trim()))),
      exit: new Promise((resolve) => proc.on('close', (code) => resolve(code))),
      stop: () => void proc.kill('SIGTERM'),
    };
  }

  it('six processes finding one stale lock at once: exactly one takes it over and holds it against the rest', async () => {
    const dir = folder();
    plant(dir, { pid: deadPid() });
    // Far enough ahead for every child to have loaded; a child that loads later still tries while the winner holds.
    const at = Date.now() + 3_000;
    const children = Array.from({ length: 6 }, () => child(dir, at, 0));
    const said = await Promise.all(children.map((c) => c.said));
    expect(said.sort()).toEqual(['busy', 'busy', 'busy', 'busy', 'busy', 'won']);
    for (const c of children) c.stop();
    expect(await Promise.all(children.map((c) => c.exit))).toContain(143);
    // The winner let go on SIGTERM, and no takeover claim or temp file was left behind.
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 30_000);

  it('a holder that exits without releasing lets go of the folder through its exit hook', async () => {
    const dir = folder();
    const holder = child(dir, 0, 200);
    expect(await holder.said).toBe('won');
    expect(await holder.exit).toBe(0);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }, 30_000);
});
