// What a restore says beyond its entries and categories: the records it kept because another computer saved them
// (keepOthersSaved).
import { countWords, listWords } from '../../shared/domain/words';
import { SETTING_NAMES } from '../../shared/settingNames';
import type { SyncKindName } from '../../shared/sync/syncKinds';
import type { KeptRecord } from './keepOthersSaved';

/** The settings' copy of what the settings history holds in force this week: said with the history, not apart. */
const HISTORY_COPIES: ReadonlySet<string> = new Set(['weeklyCapMinutes', 'dailyCapMinutes', 'workWindows', 'targets']);

const NOUNS: Partial<Record<SyncKindName, [string, string]>> = {
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
  const byComputer = new Map<string, KeptRecord[]>();
  for (const record of kept) byComputer.set(record.by, [...(byComputer.get(record.by) ?? []), record]);
  return [...byComputer].map(([by, records]) => {
    const parts = Object.entries(NOUNS).flatMap(([kind, [one, many]]) => {
      const n = records.filter((r) => r.kind === kind).length;
      return n ? [countWords(n, one, many)] : [];
    });
    const withHistory = records.some((r) => r.kind === 'boundarySpan');
    const settings = records
      .filter((r) => r.kind === 'setting' && !(withHistory && HISTORY_COPIES.has(r.recordId)))
      .map((r) => (SETTING_NAMES as Record<string, string>)[r.recordId] ?? r.recordId);
    if (settings.length) parts.push(`${settings.length === 1 ? 'the setting' : 'the settings'} ${listWords(settings)}`);
    const since = records.every((r) => r.at > backupMadeAt) ? ' since this backup' : '';
    return `Kept ${listWords(parts)} that ${by} saved${since}: a restore here does not undo what another computer saved.`;
  });
}
