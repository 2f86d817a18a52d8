// What a Timelock data file holds that an import does not take, said on the import's preview and result: its settings,
// cap history, days off, check-ins and plan differ from the data here, and past weeks here are read without them.
import { BOUNDARY_KEYS, timelineOf } from '../../../shared/domain/boundaries';
import { countWords, listWords } from '../../../shared/domain/words';
import type { CheckIn, Settings } from '../../../shared/model';
import { WALKTHROUGH_SETTINGS } from '../../../shared/settingNames';
import type { Timebox } from '../../../shared/planModel';
import { canonicalJson } from '../../../shared/sync/canonicalJson';

/** The parts of a Timelock data file an import leaves out; `range` non-null for an export of some days. */
export interface LeftOut {
  range: { from: string | null; to: string | null } | null;
  settings: Settings;
  checkIns: readonly CheckIn[];
  timeboxes?: readonly Timebox[];
}

/** Settings that are no choice of the person's (the first-run walk-through), or said as the cap history or days off. */
const NOT_SETTINGS: ReadonlySet<string> = new Set(['timeline', 'daysOff', ...WALKTHROUGH_SETTINGS, ...BOUNDARY_KEYS]);

/** Records as one text each, the same whatever the order of their keys. */
const textOf = (value: unknown): string => canonicalJson(value ?? null);

/** How many of the file's records are not here as they are in the file. */
function notHere<T>(file: readonly T[], here: readonly T[], key: (record: T) => unknown = (record) => record): number {
  const kept = new Set(here.map((record) => textOf(key(record))));
  return file.filter((record) => !kept.has(textOf(key(record)))).length;
}

/**
 * "The file also holds what the data here does not: its settings, 4 steps of the cap history and 3 days off.", with
 * how to take them; null when the file holds nothing besides its entries and categories that is not here already.
 */
export function leftOutWords(file: LeftOut, here: { settings: Settings; checkIns: readonly CheckIn[]; timeboxes: readonly Timebox[] }): string | null {
  const mine = file.settings as Record<string, unknown>;
  const theirs = here.settings as Record<string, unknown>;
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)].filter((key) => !NOT_SETTINGS.has(key)));
  const settingsDiffer = [...keys].some((key) => textOf(mine[key]) !== textOf(theirs[key]));
  // A step by when it begins and what it holds; what it says it set itself changes no figure.
  const step = ({ sets: _sets, ...values }: ReturnType<typeof timelineOf>[number]) => values;
  const steps = notHere(timelineOf(file.settings), timelineOf(here.settings), step);
  const daysOff = notHere(file.settings.daysOff, here.settings.daysOff, (day) => ({ date: day.date, kind: day.kind }));
  const checkIns = notHere(file.checkIns, here.checkIns);
  const boxes = notHere(file.timeboxes ?? [], here.timeboxes);
  const parts = [
    ...(settingsDiffer ? ['its settings'] : []),
    ...(steps > 0 ? [`${countWords(steps, 'step')} of the cap history`] : []),
    ...(daysOff > 0 ? [countWords(daysOff, 'day off', 'days off')] : []),
    ...(checkIns > 0 ? [countWords(checkIns, 'check-in')] : []),
    ...(boxes > 0 ? [`${countWords(boxes, 'box', 'boxes')} of the plan`] : []),
  ];
  if (parts.length === 0) return null;
  const held = `The file also holds what the data here does not: ${listWords(parts)}. An import takes only entries and their categories`;
  // backup.restoreFile refuses an export of some days: it would replace everything with a part.
  if (file.range !== null) return `${held}, and an export of some days cannot be restored: set them here by hand if they should hold.`;
  return `${held}; to take everything, restore the file instead (timelock restore FILE on the command line): it replaces all the data here with the file's, and keeps what is here now as a backup first.`;
}
