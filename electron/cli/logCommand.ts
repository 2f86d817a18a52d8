// `timelock log CATEGORY --start … --end …`: a manual entry, judged by the same entry rules and lock as in the app.
import { cleanText } from '../../shared/domain/cleanText';
import type { Command } from './command';
import { UsageError } from './cliErrors';
import { durationClock, secondsWords } from '../../shared/domain/words';
import { MIN_ENTRY_MS } from '../../shared/domain/entryRules';
import { formatInstant } from './formatInstant';
import { findCategory } from './findCategory';
import { entryJson } from './entryJson';
import { checkStartAndEnd, exactInstant, startAndEnd } from './parseInstant';

export const logCommand: Command = {
  name: 'log',
  summary: 'add a manual entry',
  usage: 'timelock log CATEGORY --start TIME --end TIME [--note TEXT] [--reason TEXT] [--json]',
  help: [
    'Adds an entry in CATEGORY from --start to --end. TIME is ISO 8601 with an offset (2026-03-25T09:00+01:00,',
    "or Z), a local time (2026-03-25T09:00) read in Timelock's time zone, or a clock time alone (09:00 or 9:00):",
    "that time today in Timelock's time zone, even beside a dated TIME. For an entry over midnight, write the date:",
    '--start 23:00 --end 01:00 is refused, --start 23:00 --end 2026-03-26T01:00 is not. Refused if it is under a',
    'minute long, overlaps another entry, is longer than 25 hours, ends more than a year from now, or a lock forbids it.',
    '',
    '  --note TEXT     a note kept with the entry',
    '  --reason TEXT   why you go ahead past a soft lock; kept with the entry',
    '  --json          print the saved entry as JSON',
  ].join('\n'),
  spec: { options: { start: 'string', end: 'string', note: 'string', reason: 'string', json: 'flag' }, positionals: ['category'] },
  check(args) {
    const missing = ['start', 'end'].filter((name) => !args.has(name));
    if (missing.length > 0) throw new UsageError(`Missing ${missing.map((n) => `--${n}`).join(' and ')}.`);
    const [start, end] = checkStartAndEnd(args).map(exactInstant);
    // The shortest entry is the domain's (entries.add refuses one under a minute, from any client); judged here too
    // when both times carry an offset, as then it needs no data. A local time is read in the app's zone, and across a
    // change of the clocks 02:59:30 to 03:00 can be an hour: that one is left to entries.add (exit 1).
    if (start !== null && end !== null && end >= start && end - start < MIN_ENTRY_MS) {
      throw new UsageError(`An entry is at least a minute long: from --start '${args.string('start')}' to --end '${args.string('end')}' is ${secondsWords(end - start)}. Give --end the time it ended.`);
    }
  },
  async run({ args, ask, out, say }) {
    const snapshot = await ask('app.snapshot', {});
    const { timeZone } = snapshot.settings;
    const category = findCategory(snapshot.categories, args.positionals[0]!);
    const [start, end] = startAndEnd(args, timeZone, snapshot.now, say);
    const entry = await ask('entries.add', {
      categoryId: category.id,
      start,
      end,
      ...(args.has('note') ? { note: args.string('note') } : {}),
      ...(args.has('reason') ? { reason: args.string('reason') } : {}),
    });
    say(`Logged ${durationClock(entry.end - entry.start)} of ${cleanText(category.name)}, ${formatInstant(entry.start, timeZone)} to ${formatInstant(entry.end, timeZone)}.`);
    if (args.flag('json')) out(JSON.stringify(entryJson(entry, snapshot.categories, timeZone), null, 2));
  },
};
