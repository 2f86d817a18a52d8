// One way to write a whole file so that no reader ever sees half of it and no link put there by someone else is followed: a temp file
// beside the target, created with `wx` (O_EXCL) under a name nobody can guess, synced, then renamed over the target.
// Exports, backups and the sync folder's own files all write this way.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A name beside `target` that nobody can guess ahead (128 random bits), so nobody can put a link there first. */
export function randomTempName(target: string): string {
  return `${target}.${randomBytes(16).toString('hex')}.tmp`;
}

/** A temp file `randomTempName` made for one of the data folder's JSON files: `<file>.json.<32 hex>.tmp`. */
const STAGED_TEMP = /^[\w.-]+\.json\.[0-9a-f]{32}\.tmp$/;

/**
 * Removes the temp files a process that died while writing left in `dir`, and returns their names. Only names
 * `randomTempName` makes for a JSON file match: such a file was never renamed into place, so nothing reads it, and
 * what it held is either in its target already or was never saved (a whole-data change is committed by its journal,
 * which is renamed into place before any file it covers). Call it only while holding the data folder's lock: another
 * writer's file being staged right now looks the same. Anything else (the lock's own temp file, a user's file) stays.
 */
export function removeStagedLeftovers(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!STAGED_TEMP.test(name)) continue;
    try {
      const file = path.join(dir, name);
      // A regular file only: a directory or a link under that name was not made by us.
      if (!fs.lstatSync(file).isFile()) continue;
      fs.rmSync(file);
      removed.push(name);
    } catch {
      // One that cannot be removed holds nothing anyone reads; the next open tries again.
    }
  }
  return removed;
}

/** The same, hidden (a leading dot): sync tools and the sync reader skip dotfiles, so a half-written file never travels. */
export function hiddenTempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(randomTempName(target))}`);
}

/**
 * Written beside and renamed, so a reader never sees half a file. The temp file is created with `wx` (O_EXCL):
 * anything already at that name, a symlink put there first included, fails the write instead of being followed. The rename
 * replaces a link at `target` itself, never the file it points to. A failed write leaves no temp file behind.
 */
export function writeFileAtomically(target: string, content: string, pickTemp: (target: string) => string = randomTempName): void {
  const temp = pickTemp(target);
  let fd: number;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${temp} appeared before Timelock could create it; nothing was written.`, { cause: error });
    throw error;
  }
  try {
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** A file's new bytes, written and synced beside it: `commit` puts them in place, `discard` drops them. */
export interface StagedFile {
  /** The bytes' size and the time they were written, kept by the rename: what checked-files.json lists. */
  readonly size: number;
  readonly mtimeMs: number;
  /** Renames the temp file over the target (synchronous and quick: the bytes are already on disk). */
  commit(): void;
  /** Removes the temp file; never throws. */
  discard(): void;
}

/**
 * The slow half of `writeFileAtomically`, off the main thread: the temp file is created the same way (`wx`, owner
 * only), written piece by piece and fsynced by libuv's threads, so a large file never holds the event loop. The
 * target is untouched until `commit`; a failure removes the temp file and rejects.
 */
export async function stageFileAtomically(target: string, pieces: Iterable<string> | AsyncIterable<string>, pickTemp: (target: string) => string = randomTempName): Promise<StagedFile> {
  const temp = pickTemp(target);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(temp, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${temp} appeared before Timelock could create it; nothing was written.`, { cause: error });
    throw error;
  }
  let stat: fs.Stats;
  try {
    try {
      // writeFile on a handle writes from where the last piece ended, and all of it (write() may stop short).
      for await (const piece of pieces) await handle.writeFile(piece);
      await handle.sync();
      stat = await handle.stat();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  return {
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    commit() {
      try {
        fs.renameSync(temp, target);
      } catch (error) {
        fs.rmSync(temp, { force: true });
        throw error;
      }
    },
    discard() {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // A temp file left behind holds nothing anyone reads (a name nobody else uses); it is not worth a failure.
      }
    },
  };
}

/**
 * Why a writeFileAtomically failed, in words that name no file: the system's message names the temp file it wrote
 * through first, a name the person never gave, so the caller names the target itself (exports, backups).
 */
export function writeProblem(error: unknown): string {
  const { code, cause, message } = error as NodeJS.ErrnoException;
  switch (code ?? (cause as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'there is no such folder';
    case 'ENOTDIR':
      return 'part of its path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EEXIST':
      return 'a file appeared beside it, under the name Timelock writes through first, before Timelock could create it; nothing was written';
  }
  // Any other: the system's words without the path they end with ("EIO: i/o error, open '….tmp'" → "EIO: i/o error").
  return message.replace(/, \w+ '.*$/s, '');
}
