// The backups folder on disk (`backups/` in the data folder) behind a small port, so the backup service never touches
// the file system itself. Writes are atomic (temp file, then rename) and owner-only, like every data file.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import { messageOf } from './migrations';
import { removeStagedLeftovers, writeFileAtomically, writeProblem } from './atomicFile';

export interface BackupFile {
  /** File name without `.json`: the backup's id. */
  name: string;
  path: string;
  sizeBytes: number;
  /** The file's first bytes: enough to read when it was made without reading the whole data. */
  head: string;
}

export interface BackupFolder {
  readonly dir: string;
  /** Every `timelock-*.json` file in the folder; none when the folder does not exist yet. */
  list(): BackupFile[];
  read(name: string): string;
  write(name: string, text: string): BackupFile;
  remove(name: string): void;
  /** A file outside the folder, chosen by the person (the CLI's `restore FILE`): only a regular file, at most `maxBytes`. */
  readOutside(filePath: string, maxBytes: number): string;
}

const NAME = /^timelock-[0-9A-Za-z-]{1,80}$/;
const HEAD_BYTES = 256;

export function openBackupFolder(dir: string): BackupFolder {
  // A backup being written when its process died left a temp file; the folder is opened by a host that holds the data
  // folder's lock (createTimelock), so none is being written now.
  removeStagedLeftovers(dir);
  const pathOf = (name: string) => {
    // Ids come from the router already checked; this is the last line before the file system.
    if (!NAME.test(name)) throw new AppError('bad-request', `'${name}' is not a backup id.`);
    return path.join(dir, `${name}.json`);
  };
  const fileOf = (name: string): BackupFile => {
    const file = pathOf(name);
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const read = fs.readSync(fd, buffer, 0, HEAD_BYTES, 0);
      return { name, path: file, sizeBytes: fs.fstatSync(fd).size, head: buffer.subarray(0, read).toString('utf8') };
    } finally {
      fs.closeSync(fd);
    }
  };
  const storage = (what: string, error: unknown) => new AppError('storage', `Timelock could not ${what}: ${messageOf(error)}`);

  return {
    dir,
    list() {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw storage(`read the backups folder ${dir}`, error);
      }
      return names
        .filter((n) => n.endsWith('.json') && NAME.test(n.slice(0, -5)))
        .flatMap((n) => {
          try {
            return [fileOf(n.slice(0, -5))];
          } catch {
            return []; // removed meanwhile, or unreadable: not a backup that can be restored
          }
        });
    },
    read(name) {
      try {
        return fs.readFileSync(pathOf(name), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not-found', `There is no backup ${name}.`);
        throw storage(`read the backup ${name}`, error);
      }
    },
    write(name, text) {
      const file = pathOf(name);
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        writeFileAtomically(file, text);
      } catch (error) {
        // Named as the backup, never as the temp file it is written through (writeProblem).
        throw new AppError('storage', `Timelock could not write the backup ${file}: ${writeProblem(error)}.`);
      }
      return fileOf(name);
    },
    remove(name) {
      try {
        fs.rmSync(pathOf(name), { force: true });
      } catch (error) {
        throw storage(`remove the old backup ${name}`, error);
      }
    },
    readOutside(filePath, maxBytes) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(filePath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('not-found', `There is no file ${filePath}.`);
        throw storage(`read ${filePath}`, error);
      }
      if (!stat.isFile()) throw new AppError('bad-request', `${filePath} is not a file.`);
      if (stat.size > maxBytes) throw new AppError('bad-request', `${filePath} is ${stat.size} bytes, more than any Timelock backup (at most ${maxBytes}).`);
      try {
        return fs.readFileSync(filePath, 'utf8');
      } catch (error) {
        throw storage(`read ${filePath}`, error);
      }
    },
  };
}
