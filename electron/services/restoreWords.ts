// What a restore says beyond its entries and categories: the settings it replaced (the time zone, the settings history,
// the days off, any other setting), and the records it kept because another computer saved them (keepOthersSaved).
import { WEEKDAY_LONG, countWords, listWords } from '../../shared/domain/words';
import type { Settings } from '../../shared/model';
import { SETTING_NAMES, WALKTHROUGH_SETTINGS } from '../../shared/settingNames';
import { BOUNDARY_KEYS } from '../../shared/domain/boundaries';
import { canonicalJson } from '../../shared/sync/canonicalJson';
import type { SyncKindName } from '../../shared/sync/syncKinds';
import type { KeptRecord } from './keepOthersSaved';

/** The settings' copy of what the settings history holds in force this week: said with the history, not apart. */
const HISTORY_COPIES: ReadonlySet<string> = new Set(BOUNDARY_KEYS);
/** Said on their own, before the other settings. */
const SAID_APART: ReadonlySet<string> = new Set(['timeZone', 'weekStartsOn', 'timeline', 'daysOff', ...HISTORY_COPIES]);

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const zone = (timeZone: string) => timeZone.replace(/_/g, ' ');

/**
 * "Its settings replaced the ones here: the time zone, Europe/Berlin (was America/New York); the settings history
 * (caps, work windows and targets from a week on): 2 steps, where there were 3; the days off: 1, where there were 2."
 */
export function settingsReplacedWords(before: Settings, after: Settings): string {
  const parts: string[] = [];
  if (before.timeZone !== after.timeZone) parts.push(`the time zone, ${zone(after.timeZone)} (was ${zone(before.timeZone)}): every week, past ones too, is read in it`);
  if (before.weekStartsOn !== after.weekStartsOn) parts.push(`weeks start on ${WEEKDAY_LONG[after.weekStartsOn]} (was ${WEEKDAY_LONG[before.weekStartsOn]})`);
  if (!same(before.timeline, after.timeline) || [...HISTORY_COPIES].some((key) => !same(before[key as keyof Settings], after[key as keyof Settings]))) {
    // As `settings history` counts them: a timeline not yet kept (empty) is one step, the settings themselves.
    const [was, now] = [Math.max(1, before.timeline.length), Math.max(1, after.timeline.length)];
    parts.push(`the settings history (caps, work windows and targets from a week on): ${countWords(now, 'step')}${was === now ? ' as the backup has them' : `, where there were ${was}`}`);
  }
  if (!same(before.daysOff, after.daysOff)) {
    const [was, now] = [before.daysOff.length, after.daysOff.length];
    parts.push(`the days off: ${now}${was === now ? ' as the backup has them' : `, where there were ${was}`}`);
  }
  const others = (Object.keys(SETTING_NAMES) as (keyof Settings)[]).filter((key) => !SAID_APART.has(key) && !WALKTHROUGH_SETTINGS.has(key) && !same(before[key], after[key]));
  if (others.length) parts.push(`and ${listWords(others.map((key) => SETTING_NAMES[key]))}`);
  if (parts.length === 0) return 'The settings stay as they were: the time zone, the settings history and the days off are unchanged.';
  return `Its settings replaced the ones here: ${parts.join('; ')}.`;
}

/** A record of each kind in words, one and many. */
export const RECORD_NOUNS: Partial<Record<SyncKindName, [string, string]>> = {
  entry: ['entry', 'entries'],
  category: ['category', 'categories'],
  dayOff: ['day off', 'days off'],
  boundarySpan: ['step of the settings history', 'steps of the settings history'],
  checkIn: ['check-in', 'check-ins'],
  timebox: ['box of the plan', 'boxes of the plan'],
};

/**
 * One line per other computer: "Kept 1 entry and 1 day off that Desktop saved since this backup: a restore here does
 * not undo what another computer saved." `since` when every record kept was saved after the backup was made.
 */
export function keptWords(kept: readonly KeptRecord[], backupMadeAt: number): string[] {
  return [...byComputer(kept)].map(([by, records]) => {
    const parts = countedByKind(records);
    const withHistory = records.some((r) => r.kind === 'boundarySpan');
    const settings = records
      .filter((r) => r.kind === 'setting' && !(withHistory && HISTORY_COPIES.has(r.recordId)))
      .map((r) => (SETTING_NAMES as Record<string, string>)[r.recordId] ?? r.recordId);
    if (settings.length) parts.push(`${settings.length === 1 ? 'the setting' : 'the settings'} ${listWords(settings)}`);
    const since = records.every((r) => r.at > backupMadeAt) ? ' since this backup' : '';
    return `Kept ${listWords(parts)} that ${by} saved${since}: a restore here does not undo what another computer saved.`;
  });
}

/**
 * One line per other computer: "Brought back 2 entries that Desktop deleted since this backup: they are back on every
 * computer." `since` when every deletion was saved after the backup was made.
 */
export function broughtBackWords(broughtBack: readonly KeptRecord[], backupMadeAt: number): string[] {
  return [...byComputer(broughtBack)].map(([by, records]) => {
    const since = records.every((r) => r.at > backupMadeAt) ? ' since this backup' : '';
    return `Brought back ${listWords(countedByKind(records))} that ${by} deleted${since}: ${records.length === 1 ? 'it is' : 'they are'} back on every computer.`;
  });
}

function byComputer(records: readonly KeptRecord[]): Map<string, KeptRecord[]> {
  const out = new Map<string, KeptRecord[]>();
  for (const record of records) out.set(record.by, [...(out.get(record.by) ?? []), record]);
  return out;
}

/** "1 entry", "2 days off": the records of each kind with a noun, counted. */
function countedByKind(records: readonly KeptRecord[]): string[] {
  return Object.entries(RECORD_NOUNS).flatMap(([kind, [one, many]]) => {
    const n = records.filter((r) => r.kind === kind).length;
    return n ? [countWords(n, one, many)] : [];
  });
}
