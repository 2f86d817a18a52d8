// Where the host serving a data folder listens, so the CLI and a second host find it from the folder alone.
// Unix: <dataDir>/timelock.sock, or a private folder in the temp dir named by a hash of the data folder when that path
// is too long for a socket address. Windows: a named pipe named by the same hash. The host also records the address,
// its process id and its kind in <dataDir>/timelock-host.json, for a client whose temp dir differs and for messages.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SOCKET_FILE = 'timelock.sock';
export const HOST_RECORD_FILE = 'timelock-host.json';
/** sun_path holds 104 bytes on macOS and 108 on Linux, the terminating NUL included: the smaller one decides. */
export const MAX_SOCKET_PATH_BYTES = 103;

/** Where sockets may go; tests pass their own temp dir and platform. */
export interface SocketPlace {
  platform?: NodeJS.Platform;
  tmpDir?: string;
}

export interface HostRecord {
  socket: string;
  pid: number;
  host: string;
}

/** Checked by hand, not with zod: every command reads this record, and zod's load time would dominate `timelock status`. */
function hostRecordOf(value: unknown): HostRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { socket, pid, host } = value as Record<string, unknown>;
  if (typeof socket !== 'string' || socket.length === 0 || !Number.isInteger(pid) || typeof host !== 'string') return null;
  return { socket, pid: pid as number, host };
}

export function dataDirHash(dataDir: string): string {
  return createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
}

export function isNamedPipe(address: string): boolean {
  return address.startsWith('\\\\.\\pipe\\') || address.startsWith('\\\\?\\pipe\\');
}

function fits(address: string): boolean {
  return Buffer.byteLength(address) <= MAX_SOCKET_PATH_BYTES;
}

/** The address a host serving `dataDir` listens on. */
export function socketAddress(dataDir: string, place: SocketPlace = {}): string {
  const platform = place.platform ?? process.platform;
  if (platform === 'win32') return `\\\\.\\pipe\\timelock-${dataDirHash(dataDir)}`;
  const inDataDir = path.join(path.resolve(dataDir), SOCKET_FILE);
  if (fits(inDataDir)) return inDataDir;
  // Hashed only here: the usual address needs no hash, and `timelock status` then never loads node:crypto.
  const hash = dataDirHash(dataDir);
  // A long TMPDIR (macOS: /var/folders/…/T/) can be too long as well; /tmp is short everywhere it exists.
  for (const base of [place.tmpDir ?? os.tmpdir(), '/tmp']) {
    const candidate = path.join(base, `timelock-${hash}`, SOCKET_FILE);
    if (fits(candidate)) return candidate;
  }
  throw new Error(`Timelock found no socket path short enough for the data folder ${dataDir}. Set TMPDIR to a shorter folder.`);
}

/** The addresses to try for `dataDir`: the one a running host recorded first, then the one computed here. */
export function candidateAddresses(dataDir: string, place: SocketPlace = {}): string[] {
  const recorded = readHostRecord(dataDir)?.socket;
  return [...new Set([...(recorded ? [recorded] : []), socketAddress(dataDir, place)])];
}

export function readHostRecord(dataDir: string): HostRecord | null {
  try {
    return hostRecordOf(JSON.parse(fs.readFileSync(path.join(dataDir, HOST_RECORD_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Written to a temp file and renamed, readable by this user only. */
export function writeHostRecord(dataDir: string, record: HostRecord): void {
  const file = path.join(dataDir, HOST_RECORD_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** Removes the record only if it still names `socket`: a newer host's record stays. */
export function removeHostRecord(dataDir: string, socket: string): void {
  if (readHostRecord(dataDir)?.socket !== socket) return;
  fs.rmSync(path.join(dataDir, HOST_RECORD_FILE), { force: true });
}

/** Removes a socket file nobody listens on; anything that is not a socket is left alone. */
export function removeStaleSocket(address: string): void {
  if (isNamedPipe(address)) return;
  try {
    if (fs.lstatSync(address).isSocket()) fs.unlinkSync(address);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * A client talks only to a socket of this user's, in a folder of this user's: one that another user made (squatting
 * the temp dir name before any Timelock ran) would read whatever the CLI sends and could answer anything.
 */
export function assertOwnSocket(address: string): void {
  const uid = process.getuid?.();
  if (isNamedPipe(address) || uid === undefined) return;
  for (const target of [address, path.dirname(address)]) {
    let owner: number;
    try {
      owner = fs.lstatSync(target).uid;
    } catch {
      return; // nothing there: the probe finds no host
    }
    if (owner !== uid) throw new Error(`${target} belongs to another user; Timelock will not talk to a socket there. Remove it if it is yours to remove.`);
  }
}

/**
 * The fallback folder in the shared temp dir: created 0700, and refused if it is a symlink or belongs to someone
 * else (another user could have made it first to watch or hijack the socket).
 */
export function preparePrivateFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = fs.lstatSync(folder);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) {
    throw new Error(`${folder} is not a folder of this user's; Timelock will not put its socket there. Remove it and start again.`);
  }
  if ((stat.mode & 0o777) !== 0o700) fs.chmodSync(folder, 0o700);
}
