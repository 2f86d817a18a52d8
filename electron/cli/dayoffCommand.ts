// `timelock dayoff add|list|remove`: days off through the daysOff channels. A day off has no work window, so work on
// it is off-hours work, and the week's cap is lowered by the day's share of the week's window time.
import { DAY_OFF_KINDS, type DayOff, type DayOffKind } from '../../shared/model';
import { fromLocal, MINUTE, parseDate } from '../../shared/domain/time';
import { durationClock } from '../../shared/domain/words';
import { daysOffCapWords } from '../../shared/domain/livedWeeks';
import type { Command } from './command';
import { UsageError } from './cliErrors';
import { checkDate, checkDateRange } from './checkDate';

/** "2026-12-08 has 8:00 of work logged: on a day off it counts as off-hours work.", for each of `dates` with work. */
async function workOnDays(ask: Parameters<Command['run']>[0]['ask'], dates: readonly string[]): Promise<string[]> {
  const { settings } = await ask('app.snapshot', {});
  const wanted = new Set(dates);
  const words: string[] = [];
  const seen = new Set<string>();
  // One week summary per week the days fall in (a long vacation, a few weeks), each day read from its week.
  for (const date of dates) {
    if (seen.has(date)) continue;
    const week = await ask('summary.week', { at: fromLocal(parseDate(date)!, 12, 0, settings.timeZone) });
    for (const day of week.days) {
      seen.add(day.date);
      if (wanted.has(day.date) && day.minutes.work > 0) words.push(`${day.date} has ${durationClock(day.minutes.work * MINUTE)} of work logged: on a day off it counts as off-hours work.`);
    }
  }
  return words;
}

function line(day: DayOff): string {
  return `${day.date}  ${day.kind}${day.note ? `  ${day.note}` : ''}`;
}

export const dayoffCommand: Command = {
  name: 'dayoff',
  summary: 'take days off (vacation, holiday, sick): no work window, a lower weekly cap',
  usage: 'timelock dayoff add DATE [--to DATE] [--kind KIND] [--note TEXT] | list [--from DATE] [--to DATE] [--json] | remove DATE',
  help: [
    'add DATE       take DATE off, or every date from DATE through --to (both included)',
    '  --kind KIND  vacation, holiday, sick or other (the default)',
    '  --note TEXT  a note kept with each day',
    'list           the days off, by date; --from and --to narrow it; --json prints [{ date, kind, note }]',
    'remove DATE    work on DATE again',
    '',
    "A day off has no work window: work logged on it is off-hours work (the hard lock refuses it). The week's cap is",
    "lowered by the day's share of the week's work-window time; a day without windows (a Sunday) lowers nothing.",
  ].join('\n'),
  spec: { options: { to: 'string', from: 'string', kind: 'string', note: 'string', json: 'flag' }, positionals: ['action', 'date?'] },
  check(args) {
    const [action, date] = args.positionals;
    if (action === 'add' || action === 'remove') {
      if (date === undefined) throw new UsageError(`dayoff ${action} needs a DATE.`);
    } else if (action === 'list') {
      if (date !== undefined) throw new UsageError('dayoff list takes no DATE; use --from and --to.');
    } else {
      throw new UsageError(`dayoff needs 'add', 'list' or 'remove', not '${action}'.`);
    }
    // add takes the days from DATE through --to; list those from --from through --to.
    if (action === 'add') {
      checkDateRange(args, { text: date, what: 'DATE' });
    } else {
      checkDate(date, 'DATE');
      checkDateRange(args);
    }
    const kind = args.string('kind');
    if (kind !== undefined && !(DAY_OFF_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind is one of ${DAY_OFF_KINDS.join(', ')}, not '${kind}'.`);
    if (action !== 'add' && (args.has('kind') || args.has('note'))) throw new UsageError('--kind and --note are for dayoff add.');
    if (action === 'add' && args.has('from')) throw new UsageError('dayoff add takes DATE and --to; --from is for dayoff list.');
  },
  async run({ args, ask, out, say }) {
    const [action, date] = args.positionals as [string, string | undefined];
    // The caps of lived weeks (and this one) a change of days off lowers or raises: said, read from the settings around it.
    const capWords = async (change: () => Promise<readonly string[]>) => {
      const { settings: before } = await ask('app.snapshot', {});
      const dates = await change();
      const { settings: after, now } = await ask('app.snapshot', {});
      return daysOffCapWords(before, after, dates, now);
    };
    if (action === 'add') {
      const to = args.string('to');
      const kind = args.string('kind') as DayOffKind | undefined;
      const note = args.string('note');
      // Days already off are replaced, kind and note: said, so a holiday's note is not lost without a word.
      const before = await ask('daysOff.list', { from: date!, to: to ?? date! });
      let added: DayOff[] = [];
      const caps = await capWords(async () => {
        added = await ask('daysOff.add', { from: date!, ...(to ? { to } : {}), ...(kind ? { kind } : {}), ...(note !== undefined ? { note } : {}) });
        return added.map((d) => d.date);
      });
      say(added.length === 1 ? `${date} is a day off (${added[0]!.kind}).` : `${added.length} days off, ${added[0]!.date} to ${added.at(-1)!.date} (${added[0]!.kind}).`);
      if (caps) say(caps);
      const replaced = before.filter((old) => added.some((now) => now.date === old.date && (now.kind !== old.kind || now.note !== old.note)));
      for (const old of replaced) say(`${old.date} was off already (${old.kind}${old.note ? `, "${old.note}"` : ''}); it is replaced.`);
      // Work already logged on a day now off becomes off-hours work: said, not left for the summary to show.
      for (const worked of await workOnDays(ask, added.map((d) => d.date))) say(worked);
      return;
    }
    if (action === 'remove') {
      let removed = '';
      const caps = await capWords(async () => [(removed = (await ask('daysOff.remove', { date: date! })).date)]);
      say(`${removed} is a work day again.`);
      if (caps) say(caps);
      return;
    }
    const from = args.string('from');
    const to = args.string('to');
    const days = await ask('daysOff.list', { ...(from ? { from } : {}), ...(to ? { to } : {}) });
    out(args.flag('json') ? JSON.stringify(days, null, 2) : days.length === 0 ? 'No days off.' : days.map(line).join('\n'));
  },
};
