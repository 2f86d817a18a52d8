// Where Timelock keeps its data: `--data-dir DIR` (or `--data-dir=DIR`), else TIMELOCK_DATA_DIR, else Electron's
// per-user folder. Tests and a second profile use the first two; a person normally never sets either.
import path from 'node:path';

const FLAG = '--data-dir';

function fromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === FLAG) {
      const value = argv[i + 1];
      // A missing value must not quietly fall back to the person's real data.
      if (value === undefined || value === '' || value.startsWith('--')) throw new Error(`${FLAG} needs a folder, e.g. ${FLAG} ./my-data`);
      return value;
    }
    if (arg?.startsWith(`${FLAG}=`)) {
      const value = arg.slice(FLAG.length + 1);
      if (value === '') throw new Error(`${FLAG} needs a folder, e.g. ${FLAG}=./my-data`);
      return value;
    }
  }
  return undefined;
}

export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  app: { getPath(name: 'userData'): string },
  cwd: string = process.cwd(),
): string {
  const chosen = fromArgv(argv) ?? (env.TIMELOCK_DATA_DIR?.trim() || undefined);
  return chosen === undefined ? app.getPath('userData') : path.resolve(cwd, chosen);
}
