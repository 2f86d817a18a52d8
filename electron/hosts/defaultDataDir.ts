// Where Timelock keeps its data when no --data-dir or TIMELOCK_DATA_DIR says otherwise: the same folder as
// Electron's userData for an app named Timelock, so the browser host, the CLI and the desktop app share one data set.
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Timelock');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Timelock');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Timelock');
}

/** --data-dir DIR (or --data-dir=DIR), then TIMELOCK_DATA_DIR, then the default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, fallback = defaultDataDir(env)): string {
  const flag = argValue(argv, '--data-dir');
  return path.resolve(flag ?? env.TIMELOCK_DATA_DIR ?? fallback);
}

export function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
