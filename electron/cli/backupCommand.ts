// `timelock backup`: a backup made now by backup.create, or the list of backups (backup.list).
import type { BackupInfo } from '../../shared/transferModel';
import type { Command } from './command';
import { formatInstant } from './formatInstant';

/** When it was made in the person's zone, with the offset, as every instant the command line prints. */
function backupLine(backup: BackupInfo, timeZone: string): string {
  return `${backup.id}  ${backup.kind.padEnd(14)} ${formatInstant(backup.createdAt, timeZone)}  ${backup.sizeBytes.toLocaleString('en')} bytes`;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'back up the data now, or list the backups',
  usage: 'timelock backup [--list] [--json]',
  help: [
    'Makes a backup of all your data now and says where it is. `timelock restore ID` puts one back.',
    '',
    '  --list   list the backups instead (newest first), one a line on stdout',
    '  --json   print the new backup, or the list, as JSON',
  ].join('\n'),
  spec: { options: { list: 'flag', json: 'flag' }, positionals: [] },
  async run({ args, ask, out, say }) {
    if (args.flag('list')) {
      const backups = await ask('backup.list', {});
      if (args.flag('json')) out(JSON.stringify(backups, null, 2));
      else if (backups.length === 0) say('There are no backups yet.');
      else {
        const { timeZone } = await ask('settings.get', {});
        out(backups.map((backup) => backupLine(backup, timeZone)).join('\n'));
      }
      return;
    }
    const backup = await ask('backup.create', {});
    say(`Backup ${backup.id} saved: ${backup.path}`);
    if (args.flag('json')) out(JSON.stringify(backup, null, 2));
  },
};
