// Where Timelock keeps its data, the same way in every host (desktop app, browser host, CLI): `--data-dir DIR` (or
// `--data-dir=DIR`), else TIMELOCK_DATA_DIR, else the desktop app's own folder, so all three share one data set.
// A `--data-dir` without a folder is a usage mistake, never a quiet fall back to the person's real data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hostOption } from './hostOption';

const FLAG = '--data-dir';

export interface DataDirChoice {
  dir: string;
  /** 'default' is the desktop app's own folder: a host says so, since the person did not pick it. */
  from: 'argument' | 'environment' | 'default';
}

export class DataDirUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirUsageError';
  }
}

export interface ResolveDataDirOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Relative folders are taken from here. */
  cwd?: string;
  /** The desktop app's folder; Electron passes app.getPath('userData'), which is the same place for our app name. */
  appFolder?: string;
}

export function resolveDataDir(argv: readonly string[], options: ResolveDataDirOptions = {}): DataDirChoice {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const given = dataDirArgument(argv);
  if (given !== undefined) return { dir: path.resolve(cwd, given), from: 'argument' };
  const variable = env.TIMELOCK_DATA_DIR?.trim();
  if (variable) return { dir: path.resolve(cwd, variable), from: 'environment' };
  return { dir: path.resolve(options.appFolder ?? defaultDataDir(env)), from: 'default' };
}

/** Electron's userData folder for an app named Timelock. */
export function defaultDataDir(env: Readonly<Record<string, string | undefined>> = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Timelock');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Timelock');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Timelock');
}

/** How a host names its folder to the person, saying so when it is the desktop app's own. */
export function describeDataDir(choice: DataDirChoice): string {
  return choice.from === 'default' ? `${choice.dir} (the desktop app's own data folder; --data-dir DIR picks another)` : choice.dir;
}

/**
 * The desktop app's own folder holds nothing but Timelock's files, so one another user can read is made private
 * (Electron creates it 0755 before Timelock runs). A folder the person picked is theirs: only a new one is made 0700.
 */
export function keepDefaultFolderPrivate(choice: DataDirChoice): void {
  if (choice.from !== 'default' || process.platform === 'win32') return;
  try {
    const stat = fs.statSync(choice.dir);
    if (stat.isDirectory() && (stat.mode & 0o077) !== 0) fs.chmodSync(choice.dir, 0o700);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The value of the first --data-dir (none after `--`); undefined when it is not given. */
function dataDirArgument(argv: readonly string[]): string | undefined {
  const given = hostOption(argv, FLAG.slice(2));
  if (!given) return undefined;
  const { value, inline } = given;
  if (inline) {
    if (value === undefined || value.trim() === '') throw new DataDirUsageError(`${FLAG} needs a folder, e.g. ${FLAG}=./my-data`);
    return value;
  }
  if (value === undefined || value.trim() === '' || value.startsWith('--')) {
    const hint = value?.startsWith('--') ? ` (${value} is an option, not a folder)` : '';
    throw new DataDirUsageError(`${FLAG} needs a folder${hint}, e.g. ${FLAG} ./my-data`);
  }
  return value;
}
