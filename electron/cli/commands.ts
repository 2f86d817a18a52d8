// Every command the CLI knows, in the order `timelock --help` lists them.
import type { Command } from './command';
import { statusCommand } from './statusCommand';
import { startCommand } from './startCommand';
import { stopCommand } from './stopCommand';
import { logCommand } from './logCommand';
import { setDayCommand } from './setDayCommand';
import { summaryCommand } from './summaryCommand';
import { planCommand } from './planCommand';
import { importCommand } from './importCommand';
import { exportCommand } from './exportCommand';
import { backupCommand } from './backupCommand';
import { syncCommand } from './syncCommand';
import { restoreCommand } from './restoreCommand';
import { settingsCommand } from './settingsCommand';
import { dayoffCommand } from './dayoffCommand';

export const COMMANDS: readonly Command[] = [
  statusCommand,
  startCommand,
  stopCommand,
  logCommand,
  setDayCommand,
  summaryCommand,
  planCommand,
  importCommand,
  exportCommand,
  backupCommand,
  syncCommand,
  restoreCommand,
  settingsCommand,
  dayoffCommand,
];
