// `timelock set-day CATEGORY DATE HOURS`: the timesheet cell's edit from the command line, the same single request
// (entries.setDayMinutes), so the same rule, locks and all-or-nothing write apply.
import { parseDuration } from '../../shared/domain/parseDuration';
import { formatDate, localDateOf, MINUTE } from '../../shared/domain/time';
import type { Command } from './command';
import { UsageError } from './cliErrors';
import { checkDate } from './checkDate';
import { entryJson } from './entryJson';
import { findCategory } from './findCategory';
import { clockWords, durationClock } from '../../shared/domain/words';

/**
 * HOURS as typed, read as the timesheet reads a cell (6.5, 6,5, 6:30, 6h 30m, 390m): whole minutes; null when it is
 * not a duration or past 25 hours (the longest day).
 */
export function parseHours(text: string): number | null {
  const minutes = parseDuration(text);
  return minutes !== null && minutes <= 25 * 60 ? minutes : null;
}

export const setDayCommand: Command = {
  name: 'set-day',
  summary: "set a category's total for a day, as in the timesheet",
  usage: 'timelock set-day CATEGORY DATE HOURS [--reason TEXT] [--json]',
  help: [
    "Makes CATEGORY's total on DATE (2026-03-25, in Timelock's time zone) HOURS (6.5 or 6:30). More time is added",
    'in free stretches of that day, work inside your work windows first, fitness and family outside them, never over',
    'other entries; today only before now, as time already spent. Less time shortens or deletes that day\'s latest',
    'entries of the category (for work, those wholly outside the work windows first). All of it is saved or none of',
    'it. Refused when the day has no room, a running timer',
    'would have to be cut, or a lock forbids it.',
    '',
    '  --reason TEXT   why you go ahead past a soft lock; kept with the added entries',
    '  --json          print what changed as JSON (added, trimmed and removed entries)',
  ].join('\n'),
  spec: { options: { reason: 'string', json: 'flag' }, positionals: ['category', 'date', 'hours'] },
  check(args) {
    const [, date, hours] = args.positionals as [string, string, string];
    checkDate(date, 'DATE');
    if (parseHours(hours) === null) throw new UsageError(`HOURS '${hours}' is not a day's hours. Write 6.5 or 6:30 (up to 25).`);
  },
  async run({ args, ask, out, say }) {
    const [name, date, hours] = args.positionals as [string, string, string];
    const snapshot = await ask('app.snapshot', {});
    const { timeZone } = snapshot.settings;
    const category = findCategory(snapshot.categories, name);
    // Checked in check: HOURS that are no day's hours never get here.
    const minutes = parseHours(hours)!;
    const result = await ask('entries.setDayMinutes', {
      date,
      categoryId: category.id,
      minutes,
      ...(args.has('reason') ? { reason: args.string('reason') } : {}),
    });
    // A time on another day than DATE (an entry running past midnight) carries its date.
    const at = (instant: number) => {
      const day = formatDate(localDateOf(instant, timeZone));
      return day === date ? clockWords(instant, timeZone) : `${day} ${clockWords(instant, timeZone)}`;
    };
    const span = (e: { start: number; end: number }) => `${at(e.start)}–${at(e.end)}`;
    const parts = [`${category.name} on ${date}: ${durationClock(result.minutes * MINUTE)} (was ${durationClock(result.previousMinutes * MINUTE)}).`];
    if (result.added.length > 0) {
      const addedMinutes = result.added.reduce((sum, e) => sum + (e.end - e.start) / 60_000, 0);
      const outside = addedMinutes - result.insideWindowsMinutes;
      const where = outside <= 0 ? 'inside your work windows' : result.insideWindowsMinutes <= 0 ? 'outside your work windows' : `${durationClock(outside * MINUTE)} of it outside your work windows`;
      parts.push(`Added ${result.added.map(span).join(', ')} (${where}).`);
    }
    if (result.trimmed.length > 0) parts.push(`Shortened ${result.trimmed.length === 1 ? 'an entry' : `${result.trimmed.length} entries`} to ${result.trimmed.map(span).join(', ')}.`);
    if (result.removed.length > 0) parts.push(`Deleted ${result.removed.map(span).join(', ')}.`);
    say(parts.join(' '));
    if (args.flag('json')) {
      const entries = (list: typeof result.added) => list.map((e) => entryJson(e, snapshot.categories, timeZone));
      out(JSON.stringify({ ...result, category: category.name, added: entries(result.added), trimmed: entries(result.trimmed), removed: entries(result.removed) }, null, 2));
    }
  },
};
