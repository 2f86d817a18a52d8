// `timelock restore FILE`: puts a backup back, by its id (as `timelock backup --list` shows it) or by its file.
// The service keeps the state just before as a backup of its own, so a restore can itself be undone.
import fs from 'node:fs';
import path from 'node:path';
import { backupIdSchema, type RestoreResult } from '../../shared/transferModel';
import type { Command } from './command';
import { Refusal } from './cliErrors';

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a backup (the state before is kept as a backup)',
  usage: 'timelock restore FILE|ID [--json]',
  help: [
    'Replaces your data with a backup: a backup id as `timelock backup --list` shows it, or a backup file.',
    'What you have now is kept as a backup first, so the restore can itself be undone.',
    '',
    '  --json   print what was restored as JSON',
  ].join('\n'),
  spec: { options: { json: 'flag' }, positionals: ['backup'] },
  async run({ args, ask, cwd, out, say }) {
    const given = args.positionals[0]!;
    const file = path.resolve(cwd, given);
    const isFile = fs.existsSync(file) && fs.statSync(file).isFile();
    let result: RestoreResult;
    if (isFile) {
      result = await ask('backup.restoreFile', { path: file }).catch(async (error: unknown) => {
        if (!(error instanceof Refusal && error.code === 'unknown-channel')) throw error;
        // Without backup.restoreFile only Timelock's own backups can be restored: found by their path, restored by id.
        const backups = await ask('backup.list', {});
        const own = backups.find((b) => samePath(b.path, file));
        if (!own) throw new Refusal(`${file} is not one of Timelock's backups, and this version restores only those. \`timelock backup --list\` shows them.`);
        return ask('backup.restore', { id: own.id });
      });
    } else if (backupIdSchema.safeParse(given).success) {
      result = await ask('backup.restore', { id: given });
    } else {
      throw new Refusal(`'${given}' is neither a backup file nor a backup id. \`timelock backup --list\` shows the backups.`);
    }
    say(
      [
        `Restored ${count(result.entries, 'entry', 'entries')} and ${count(result.categories, 'category', 'categories')} from ${result.restoredFrom}.`,
        ...(result.settings ? [result.settings] : []),
        ...result.kept,
        `What was there before is kept as backup ${result.safetyBackup.id}.`,
        ...result.warnings,
      ].join('\n'),
    );
    if (args.flag('json')) out(JSON.stringify(result, null, 2));
  },
};
