// One writer per data folder: every Timelock process (desktop app, browser host, a CLI command opening the files
// itself) holds <dataDir>/timelock.lock while it reads or writes the folder. A lock left by a killed process is
// recovered as soon as its process is known to be gone; a lock held by another machine (a shared folder) is not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/result';

export const LOCK_FILE = 'timelock.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  /** Which Timelock: 'the desktop app', 'the browser host', 'the command line'. */
  host: string;
  startedAt: number;
  /** Tells this holding from an earlier one by a process that happened to get the same pid; part of file names. */
  nonce: string;
}

/**
 * The owner a lock file names, or null when it names none. Checked by hand rather than with zod: every command takes
 * this lock, and loading zod would cost each `timelock status` more than the rest of its start.
 */
function ownerOf(value: unknown): LockOwner | null {
  if (typeof value !== 'object' || value === null) return null;
  const { pid, hostname, host, startedAt, nonce } = value as Record<string, unknown>;
  if (!Number.isInteger(pid) || typeof hostname !== 'string' || typeof host !== 'string') return null;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return null;
  if (typeof nonce !== 'string' || !/^[\w-]{1,64}$/.test(nonce)) return null;
  return { pid: pid as number, hostname, host, startedAt, nonce };
}

export interface DataFolderLock {
  readonly dataDir: string;
  readonly owner: LockOwner;
  /** True until release(). */
  readonly held: boolean;
  /** Removes the lock file if it is still ours; safe to call more than once and from an 'exit' handler. */
  release(): void;
}

/** The folder is held by another live Timelock; `owner` is null when the lock file could not be read. */
export class DataFolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
    message = busyMessage(dataDir, owner),
  ) {
    super(message);
    this.name = 'DataFolderBusyError';
  }
}

export interface LockOptions {
  /** How other Timelocks name this one while it holds the folder. */
  host: string;
  /** The CLI exits on Ctrl-C or SIGTERM after releasing; hosts have their own shutdown that calls release(). */
  exitOnSignal?: boolean;
}

// Locks this process holds, by folder: a second taker in the same process (a test, a CLI run in-process beside a
// host) sees the folder busy, but a lock file naming our pid that is not in here is a leftover from a dead process.
const heldHere = new Map<string, string>();

/** A lock file that cannot be parsed is being written right now (young) or was left half-written by a crash (old). */
const UNREADABLE_GRACE_MS = 5_000;

/** One folder reached by two paths (a symlink) is one folder to the registry too. */
function registryKey(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return dir;
  }
}

export function lockFilePath(dataDir: string): string {
  return path.join(path.resolve(dataDir), LOCK_FILE);
}

/** Who holds the folder, or null when nobody does (or the lock file cannot be read). */
export function readLockOwner(dataDir: string): LockOwner | null {
  return readOwner(lockFilePath(dataDir));
}

/**
 * Takes the folder's lock once: the lock, or the busy error naming its holder. Creates the folder (0700) when it is
 * missing; a folder that cannot be made is AppError('storage').
 */
export function tryAcquireDataFolderLock(dataDir: string, options: LockOptions): DataFolderLock | DataFolderBusyError {
  const dir = path.resolve(dataDir);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new AppError('storage', `Timelock could not open its data folder ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const file = lockFilePath(dir);
  const key = registryKey(dir);
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), host: options.host, startedAt: Date.now(), nonce: newNonce() };
  // A few rounds: one to find a stale lock and clear it, one to take the folder; needing more means other starters
  // keep winning, which is the busy answer anyway.
  for (let round = 0; round < 4; round++) {
    if (createExclusive(file, owner)) return holding(dir, key, file, owner, options);
    const found = readOwner(file);
    const verdict = judge(file, found);
    if (verdict === 'gone') continue;
    if (verdict === 'live') return new DataFolderBusyError(dir, found);
    takeOverStale(file, found);
  }
  return new DataFolderBusyError(dir, readOwner(file));
}

/**
 * Takes the folder's lock, waiting up to `waitMs` for another Timelock to finish (a CLI command takes a moment).
 * Throws DataFolderBusyError when it is still held then; `shouldWait(owner)` false gives up at once (a running host
 * will not finish by itself).
 */
export async function acquireDataFolderLock(
  dataDir: string,
  options: LockOptions & {
    waitMs?: number;
    pollMs?: number;
    shouldWait?: (owner: LockOwner | null) => boolean;
    /** Called once, when the wait begins, so the person knows why nothing happens yet. */
    onWait?: (busy: DataFolderBusyError) => void;
  },
): Promise<DataFolderLock> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (let waited = false; ; waited = true) {
    const result = tryAcquireDataFolderLock(dataDir, options);
    if (!(result instanceof DataFolderBusyError)) return result;
    if (Date.now() >= deadline || options.shouldWait?.(result.owner) === false) throw result;
    if (!waited) options.onWait?.(result);
    await sleep(pollDelay(options.pollMs));
  }
}

/** Whether `owner` names a long-running host rather than a command that will finish by itself. */
export function isHostOwner(owner: LockOwner | null): boolean {
  return owner !== null && owner.host !== COMMAND_LINE;
}

export const COMMAND_LINE = 'the command line';

export function busyMessage(dataDir: string, owner: LockOwner | null): string {
  if (!owner) return `Another Timelock is using the data folder ${dataDir}; try again when it has finished. (If none is running, remove ${lockFilePath(dataDir)}.)`;
  const elsewhere = owner.hostname === os.hostname() ? '' : ` on the computer ${owner.hostname}`;
  const who = `Another Timelock (${owner.host}, process ${owner.pid}${elsewhere})`;
  const remedy = elsewhere ? ` If Timelock is not running there, remove ${lockFilePath(dataDir)}.` : '';
  if (isHostOwner(owner)) return `${who} is already using the data folder ${dataDir}. Use that one, or quit it first.${remedy}`;
  return `${who} is using the data folder ${dataDir}; try again when it has finished.${remedy}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Jittered, so starters that collided once do not keep colliding in step. */
export function pollDelay(pollMs = 100): number {
  return pollMs / 2 + Math.random() * pollMs;
}

function holding(dir: string, key: string, file: string, owner: LockOwner, options: LockOptions): DataFolderLock {
  heldHere.set(key, owner.nonce);
  let held = true;
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.exit(128 + (os.constants.signals[signal] ?? 1));
  };
  const release = () => {
    if (!held) return;
    held = false;
    heldHere.delete(key);
    process.off('exit', release);
    if (options.exitOnSignal) for (const s of SIGNALS) process.off(s, onSignal);
    // Only our own lock file goes: had someone judged us dead and taken over, theirs stays.
    if (readOwner(file)?.nonce === owner.nonce) fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  if (options.exitOnSignal) for (const s of SIGNALS) process.on(s, onSignal);
  return {
    dataDir: dir,
    owner,
    get held() {
      return held;
    },
    release,
  };
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * 16 hex digits from Math.random, which V8 seeds from the system's entropy in every process. The nonce only has to
 * differ from another holding's (a reused pid, another computer): nothing trusts it as a secret, and node:crypto
 * would cost every `timelock status` more to load (about 8 ms) than the rest of taking the lock.
 */
function newNonce(): string {
  const part = () => Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return part() + part();
}

/**
 * Creates the lock file holding `owner` only if none exists. The content is written to a private temp file first and
 * hard-linked into place (link fails if the name exists, like O_EXCL), so no reader ever sees a half-written lock.
 * File systems without hard links get `wx` and a write, with the unreadable-lock grace period covering the gap.
 */
function createExclusive(file: string, owner: LockOwner): boolean {
  const text = `${JSON.stringify(owner)}\n`;
  const temp = `${file}.${owner.pid}.${owner.nonce}.tmp`;
  fs.writeFileSync(temp, text, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
  try {
    fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    return ownerOf(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** 'live': someone holds it; 'stale': its holder is gone; 'gone': the file vanished while we looked. */
function judge(file: string, owner: LockOwner | null): 'live' | 'stale' | 'gone' {
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return 'gone';
  }
  if (!owner) return Date.now() - mtimeMs > UNREADABLE_GRACE_MS ? 'stale' : 'live';
  // Another computer's processes cannot be asked; its lock stands until that computer releases it or a person does.
  if (owner.hostname !== os.hostname()) return 'live';
  // Taken before this computer last started: whatever process has that pid now is not its holder.
  if (owner.startedAt < Date.now() - os.uptime() * 1000 - 60_000) return 'stale';
  if (owner.pid === process.pid) return heldHere.get(registryKey(path.dirname(file))) === owner.nonce ? 'live' : 'stale';
  if (!processAlive(owner.pid)) return 'stale';
  // The pid is in use, but by a process that started after the lock was taken: the holder died and its pid was reused.
  const started = processStartedAt(owner.pid);
  return started !== null && started > owner.startedAt + 10_000 ? 'stale' : 'live';
}

/** When a process started (epoch ms), where the system says (Linux /proc); null elsewhere or when unreadable. */
function processStartedAt(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses); starttime is field 22 of the whole line.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    if (!Number.isFinite(ticks)) return null;
    const bootedAt = Date.now() - os.uptime() * 1000;
    return bootedAt + (ticks / CLOCK_TICKS_PER_SECOND) * 1000;
  } catch {
    return null;
  }
}

/** USER_HZ, which Linux fixes at 100 for /proc on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH says it is gone.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Clears a stale lock so that two starters who both judged it stale cannot both win, nor remove a fresh lock that
 * a third put in its place. Only the process that creates `<lock>.takeover-<nonce>` (exclusively) may remove the lock
 * with that nonce, and only after checking, holding that claim, that the lock is still that one: nobody else can
 * remove it meanwhile (its holder is dead, and the claim is ours). Then every starter races for the free name with
 * link/`wx`, which exactly one wins.
 */
function takeOverStale(file: string, judged: LockOwner | null): void {
  const claim = `${file}.takeover-${judged ? judged.nonce : 'unreadable'}`;
  try {
    fs.writeFileSync(claim, String(process.pid), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A claim is held for a moment; one this old was left by a starter that died mid-takeover.
    try {
      if (Date.now() - fs.statSync(claim).mtimeMs > UNREADABLE_GRACE_MS) fs.rmSync(claim, { force: true });
    } catch {
      // Gone already: the next round looks again.
    }
    return;
  }
  try {
    const now = readOwner(file);
    const same = judged ? now?.nonce === judged.nonce : now === null && judge(file, null) === 'stale';
    if (same) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(claim, { force: true });
  }
}
