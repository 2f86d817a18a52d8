// The names of the files in the data folder, apart from their schemas (documents.ts): a reader that only needs to
// find files, such as `timelock status` answering from checked files, must not load zod to learn them.

/** A UTC month, the key of an entry shard: 2026-11. Years past 9999 are valid instants, so up to six digits. */
export const MONTH_KEY = /^\d{4,6}-(0[1-9]|1[0-2])$/;

/** File names without `.json`: `<name>.json`, `<name>.backup.json`, `<name>.corrupt-<time>.json`. */
export const DOCUMENT_NAMES = {
  settings: 'settings',
  timer: 'timer',
  nudges: 'nudges',
  checkins: 'checkins',
  presence: 'presence',
  timeboxes: 'timeboxes',
  journal: 'entries-journal',
  dataJournal: 'data-journal',
} as const;

export function backupName(name: string): string {
  return `${name}.backup`;
}

const SHARD_FILE = /^entries-(\d{4,6}-\d{2})(?:\.backup)?\.json$/;

export function shardName(month: string): string {
  return `entries-${month}`;
}

/** The months that have a shard in the folder, counting those of which only a backup is left. */
export function listShardMonths(fileNames: readonly string[]): string[] {
  const months = new Set<string>();
  for (const fileName of fileNames) {
    const month = SHARD_FILE.exec(fileName)?.[1];
    if (month !== undefined && MONTH_KEY.test(month)) months.add(month);
  }
  return [...months].sort();
}
