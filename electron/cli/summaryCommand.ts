// `timelock summary`: the domain's week summary (summary.week / summary.range) as JSON for scripts or as a table.
import { addDays, daysBetween, fromLocal, localDateOf, parseDate, parseWeek, type CalendarDate, MINUTE } from '../../shared/domain/time';
import { MAX_RANGE_WEEKS, type ResponseOf } from '../../shared/contract';
import type { Command, CommandContext } from './command';
import { countWords, durationClock } from '../../shared/domain/words';
import { Refusal, UsageError } from './cliErrors';
import { checkDate, checkWeek } from './checkDate';
import { weekJson } from './weekJson';
import { weekTable, weeksTable } from './weekTable';

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'the week summary: minutes by area and day, cap, off-hours, balance',
  usage: 'timelock summary [--week 2026-W13 | --date 2026-03-25] [--weeks N] [--json]',
  help: [
    'Prints the summary of this week, or of the week given, as a table or as JSON.',
    '',
    '  --week LABEL   the week 2026-W13 (ISO week), or the week holding a date when weeks start on another day',
    '  --date DATE    the week holding this date (yyyy-MM-dd)',
    '  --weeks N      N weeks ending with that week (at most a hundred years, none before 1970), oldest first (JSON: an',
    '                 array), each with its own cap and figures',
    '  --json         JSON: week, timeZone, start, end (ISO 8601 with offset), capMinutes (after days off),',
    '                 baseCapMinutes (the cap in force that week), daysOff (date, kind), minutes by area,',
    '                 offHoursWorkMinutes, remainingMinutes, overCapMinutes, days (7: date, minutes by area, dayOff, …),',
    '                 balance (targetsMet, …), signals, planned (the plan against it: minutes and',
    '                 actualInBoxesMinutes by area, adherence 0..1 or null when nothing is planned, and in the',
    '                 week under way soFar: the minutes due up to now and the adherence of those)',
  ].join('\n'),
  spec: { options: { week: 'string', date: 'string', weeks: 'int', json: 'flag' }, positionals: [] },
  check(args) {
    if (args.has('week') && args.has('date')) throw new UsageError('Give --week or --date, not both.');
    checkWeek(args.string('week'), '--week');
    checkDate(args.string('date'), '--date');
    // A count out of range is a mistake in the command line, as one that is no whole number is (exit 2 both): neither
    // needs the data. Said in the option's words: the pages asked for would each be valid, and the request names its field.
    const count = args.int('weeks');
    if (count !== undefined && count < 1) throw new UsageError(`--weeks needs a whole number of weeks, 1 or more, not ${count}.`);
    // A typo of a few digits more would page for hours: a hundred years is more than any log spans.
    if (count !== undefined && count > MAX_RANGE_WEEKS) throw new UsageError(`--weeks is at most ${MAX_RANGE_WEEKS} (a hundred years of weeks), not ${count}.`);
  },
  async run({ args, ask, out, outRaw, say }) {
    const settings = await ask('settings.get', {});
    // Both checked in check: a week or date that names none never gets here.
    const week = args.string('week');
    const date = args.string('date');
    const first = week !== undefined ? parseWeek(week.trim(), settings.weekStartsOn) : date !== undefined ? parseDate(date) : null;
    // Noon: inside the named day whatever a DST change does to its midnight.
    const at = first ? fromLocal(first, 12, 0, settings.timeZone) : undefined;
    // 1970-W01 starts on 29 December 1969, and so does the week of 1 January 1970: instants count from 1970.
    const weekStart = first && parseWeek((week ?? date)!.trim(), settings.weekStartsOn);
    if (weekStart && fromLocal(weekStart, 0, 0, settings.timeZone) < 0) {
      throw new Refusal(`${week !== undefined ? `--week '${week}'` : `The week of --date '${date}'`} starts before 1970: Timelock keeps time from 1970 on.`);
    }
    const count = args.int('weeks');
    if (count === undefined) {
      const summary = await ask('summary.week', at === undefined ? {} : { at });
      out(args.flag('json') ? JSON.stringify(weekJson(summary), null, 2) : weekTable(summary) + planLine(summary));
      if (!args.flag('json')) await sayOpenConflicts(ask, say);
      return;
    }
    // Asked and printed a page at a time, oldest first, so thirty years take no more memory than five.
    const newest = await ask('summary.week', at === undefined ? {} : { at });
    const newestStart = localDateOf(newest.start, settings.timeZone);
    const reach = weeksSince1970(newestStart, settings.timeZone);
    if (count > reach) {
      const oldest = addDays(newestStart, -7 * (count - 1));
      throw new Refusal(`--weeks ${count} would begin in ${oldest.year}, before 1970: Timelock keeps time from 1970 on, so at most ${countWords(reach, 'week')} ${reach === 1 ? 'ends' : 'end'} with ${newest.week}.`);
    }
    const json = args.flag('json');
    for (let done = 0; done < count; done += PAGE_WEEKS) {
      const size = Math.min(PAGE_WEEKS, count - done);
      const pageEnd = fromLocal(addDays(newestStart, -7 * (count - done - size)), 12, 0, settings.timeZone);
      const page = await ask('summary.range', { weeks: size, at: pageEnd });
      if (json) outRaw(jsonArrayPart(page.weeks.map(weekJson), done === 0, done + size >= count));
      else out(weeksTable(page.weeks, { head: done === 0 }));
    }
  },
};

/**
 * Sync's open conflicts, said under the week: two computers' entries over the same time both count in its figures
 * until the person chooses, which the figures alone do not show. Nothing when sync is off (or the app is older).
 */
async function sayOpenConflicts(ask: CommandContext['ask'], say: CommandContext['say']): Promise<void> {
  let conflicts: Array<{ type: string }>;
  try {
    conflicts = await ask('sync.conflicts', {});
  } catch (error) {
    if (error instanceof Refusal) return;
    throw error;
  }
  if (conflicts.length === 0) return;
  const overlaps = conflicts.filter((c) => c.type === 'overlap').length;
  const counted = overlaps === 0 ? '' : `; ${overlaps === 1 ? 'one is' : `${overlaps} are`} entries from two computers over the same time, both counted here until then`;
  say(`Sync has ${countWords(conflicts.length, 'conflict')} to resolve (timelock sync conflicts)${counted}.`);
}

/** How many weeks ending with the one starting on `newestStart` begin in 1970 or later (no instant is earlier). */
function weeksSince1970(newestStart: CalendarDate, timeZone: string): number {
  const weeks = Math.floor(daysBetween({ year: 1970, month: 1, day: 1 }, newestStart) / 7) + 1;
  return fromLocal(addDays(newestStart, -7 * (weeks - 1)), 0, 0, timeZone) < 0 ? weeks - 1 : weeks;
}

/** Weeks per summary.range request: a page of figures is a few hundred kilobytes whatever the range. */
const PAGE_WEEKS = 260;

/** Part of one JSON array, laid out exactly as JSON.stringify(array, null, 2) would lay out the whole. */
function jsonArrayPart(items: readonly unknown[], first: boolean, last: boolean): string {
  const body = items.map((item) => `  ${JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')}`).join(',\n');
  return `${first ? '[\n' : ',\n'}${body}${last ? '\n]\n' : ''}`;
}

/** The plan against the week, under the table; nothing when nothing was planned (or an older app sent no plan). */
function planLine(summary: ResponseOf<'summary.week'>): string {
  const planned = summary.planned;
  if (!planned || planned.adherence === null) return '';
  const total = planned.minutes.work + planned.minutes.fitness + planned.minutes.family;
  const kept = planned.actualInBoxesMinutes.work + planned.actualInBoxesMinutes.fitness + planned.actualInBoxesMinutes.family;
  // A week still to come has kept nothing and missed nothing yet, as the window's Week says.
  if (summary.now < summary.start) return `\nPlan ${durationClock(total * MINUTE)} · the week has not started yet`;
  const line = `\nPlan ${durationClock(total * MINUTE)} · ${durationClock(kept * MINUTE)} logged in its boxes`;
  // The week under way is judged by the plan due so far, as the window's Week does.
  const soFar = planned.soFar;
  if (!soFar) return `${line} · kept ${Math.round(planned.adherence * 100)}%`;
  const due = soFar.minutes.work + soFar.minutes.fitness + soFar.minutes.family;
  return soFar.adherence === null ? `${line} · none due yet` : `${line} · kept ${Math.round(soFar.adherence * 100)}% of the ${durationClock(due * MINUTE)} due so far`;
}
