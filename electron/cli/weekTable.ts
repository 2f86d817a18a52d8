// The week summary as a table for a terminal: one week day by day, or several weeks a line each.
import { AREAS, type WeekSummary } from '../../shared/model';
import { MINUTE } from '../../shared/domain/time';
import { WEEKDAY_SHORT, countWords, durationClock, hoursToTenth } from '../../shared/domain/words';

const HEAD = ['Work', 'Fitness', 'Family'];

function row(label: string, cells: readonly string[], width = 16): string {
  return `${label.padEnd(width)}${cells.map((c) => c.padStart(9)).join('')}`.trimEnd();
}

export function weekTable(week: WeekSummary): string {
  const lines = [`Week ${week.week} · ${week.days[0]!.date} to ${week.days[6]!.date} · ${week.timeZone}`, row('', HEAD)];
  for (const day of week.days) {
    const cells = AREAS.map((a) => durationClock(day.minutes[a] * MINUTE));
    lines.push(row(`${WEEKDAY_SHORT[day.weekday]} ${day.date}`, day.dayOff ? [...cells, `  off: ${day.dayOff}`] : cells));
  }
  lines.push(row('Total', AREAS.map((a) => durationClock(week.minutes[a] * MINUTE))));
  const cap =
    week.overCapMinutes > 0
      ? `over the cap by ${durationClock(week.overCapMinutes * MINUTE)}`
      : `${durationClock(week.remainingMinutes * MINUTE)} left`;
  lines.push('');
  const off = week.daysOff.length;
  const daysOff = (n: number) => `${countWords(n, 'day')} off`;
  // Days off on days without a work window (a Saturday) lower nothing: the cap is "less" only the ones that had one.
  const lowering = week.daysOffWithWindows;
  const lowered =
    off === 0
      ? ''
      : lowering > 0
        ? ` (${hoursToTenth(week.baseCapMinutes)} h less ${daysOff(lowering)}${lowering < off ? `; ${off - lowering} more on no work window` : ''})`
        : ` (${daysOff(off)}, on no work window: the cap is as it was)`;
  lines.push(`Cap ${hoursToTenth(week.capMinutes)} h${lowered} · ${cap} · off-hours work ${durationClock(week.offHoursWorkMinutes * MINUTE)}`);
  // The daily cap, when one holds that week: the days over it, or that every day kept it.
  if (week.dailyCapMinutes !== null) {
    const over = week.days.filter((day) => day.overDailyCapMinutes > 0);
    const days = over.map((day) => `${WEEKDAY_SHORT[day.weekday]} ${day.date} by ${durationClock(day.overDailyCapMinutes * MINUTE)}`);
    lines.push(`Daily cap ${durationClock(week.dailyCapMinutes * MINUTE)} · ${over.length === 0 ? 'kept every day' : `over on ${days.join(', ')}`}`);
  }
  const met = week.balance.targetsMet;
  lines.push(`Targets met: ${met.length > 0 ? met.join(', ') : 'none'} (${week.balance.metCount} of 3)`);
  return lines.join('\n');
}

/** One row per week under a heading; `head: false` for the rows that continue a table already started. */
export function weeksTable(weeks: readonly WeekSummary[], { head = true } = {}): string {
  const lines = head ? [row('Week', [...HEAD, 'Cap h', 'Over', 'Targets'], 12)] : [];
  for (const week of weeks) {
    const cells = [
      ...AREAS.map((a) => durationClock(week.minutes[a] * MINUTE)),
      String(hoursToTenth(week.capMinutes)),
      week.overCapMinutes > 0 ? durationClock(week.overCapMinutes * MINUTE) : '-',
      `${week.balance.metCount} of 3`,
    ];
    lines.push(row(week.week, cells, 12));
  }
  return lines.join('\n');
}
