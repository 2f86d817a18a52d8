// Every command the CLI knows, in the order `timelock --help` lists them. Each is loaded only when it runs (or for
// help): a status bar calling `timelock status` every few seconds should not compile the import and export code.
import type { Command } from './command';

const LOADERS = {
  status: async () => (await import('./statusCommand')).statusCommand,
  start: async () => (await import('./startCommand')).startCommand,
  stop: async () => (await import('./stopCommand')).stopCommand,
  log: async () => (await import('./logCommand')).logCommand,
  'set-day': async () => (await import('./setDayCommand')).setDayCommand,
  summary: async () => (await import('./summaryCommand')).summaryCommand,
  plan: async () => (await import('./planCommand')).planCommand,
  import: async () => (await import('./importCommand')).importCommand,
  export: async () => (await import('./exportCommand')).exportCommand,
  backup: async () => (await import('./backupCommand')).backupCommand,
  sync: async () => (await import('./syncCommand')).syncCommand,
  restore: async () => (await import('./restoreCommand')).restoreCommand,
  settings: async () => (await import('./settingsCommand')).settingsCommand,
  dayoff: async () => (await import('./dayoffCommand')).dayoffCommand,
  unlock: async () => (await import('./unlockCommand')).unlockCommand,
} satisfies Record<string, () => Promise<Command>>;

export type CommandName = keyof typeof LOADERS;

export const COMMAND_NAMES = Object.keys(LOADERS) as readonly CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(LOADERS, name);
}

export function loadCommand(name: CommandName): Promise<Command> {
  return LOADERS[name]();
}

/** Every command, for the help that lists them all. */
export function loadAllCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map(loadCommand));
}
