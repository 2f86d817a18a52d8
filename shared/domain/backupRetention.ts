// Which backups to keep: dailies by their own calendar quota (days, weeks, months in the user's time zone), manual
// and before-restore backups each by their own count, so no number of manual backups can push a daily out.
import { formatDate, localDateOf, weekStartDate, type WeekStart } from './time';

export type BackupKind = 'daily' | 'manual' | 'before-restore';

export interface BackupStamp {
  id: string;
  kind: BackupKind;
  createdAt: number;
}

export interface RetentionPolicy {
  /** The newest daily of each of the last N local days that have one. */
  days: number;
  /** The newest daily of each of the last N weeks that have one. */
  weeks: number;
  /** The newest daily of each of the last N calendar months that have one. */
  months: number;
  manual: number;
  beforeRestore: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { days: 14, weeks: 8, months: 12, manual: 10, beforeRestore: 10 };

export interface RetentionCalendar {
  timeZone: string;
  weekStartsOn: WeekStart;
}

/** Newest first; equal times by id, so the choice never depends on the order the folder listed them in. */
function newestFirst(a: BackupStamp, b: BackupStamp): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The ids to keep. Periods are counted among those that have a daily (as restic's keep-daily/weekly/monthly do),
 * not back from today: a person away from the app for a season comes back to the backups from before, not to none.
 * The newest daily is always kept.
 */
export function backupsToKeep(backups: readonly BackupStamp[], calendar: RetentionCalendar, policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const keep = new Set<string>();
  const ofKind = (kind: BackupKind) => backups.filter((b) => b.kind === kind).sort(newestFirst);

  const dailies = ofKind('daily');
  if (dailies[0]) keep.add(dailies[0].id);
  const { timeZone, weekStartsOn } = calendar;
  const periods: Array<[number, (at: number) => string]> = [
    [policy.days, (at) => formatDate(localDateOf(at, timeZone))],
    [policy.weeks, (at) => formatDate(weekStartDate(at, timeZone, weekStartsOn))],
    [policy.months, (at) => formatDate(localDateOf(at, timeZone)).slice(0, 7)],
  ];
  for (const [count, periodOf] of periods) {
    const seen = new Set<string>();
    for (const daily of dailies) {
      if (seen.size >= count) break;
      const period = periodOf(daily.createdAt);
      if (seen.has(period)) continue;
      seen.add(period);
      keep.add(daily.id);
    }
  }

  for (const b of ofKind('manual').slice(0, policy.manual)) keep.add(b.id);
  for (const b of ofKind('before-restore').slice(0, policy.beforeRestore)) keep.add(b.id);
  return keep;
}
