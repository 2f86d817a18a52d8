// `timelock plan add CATEGORY --start … --end …`: a box through plan.add, so the lock and the plan's rules decide as
// in the app; with --repeat it repeats weekly at the same local times. The new box's id goes to stdout.
import { cleanText } from '../../shared/domain/cleanText';
import { WEEKDAY_LONG, WEEKDAY_SHORT, clockWords, dateWords } from '../../shared/domain/words';
import type { Timebox } from '../../shared/planModel';
import { Refusal, UsageError } from './cliErrors';
import { checkDate } from './checkDate';
import { findCategory } from './findCategory';
import { formatInstant } from './formatInstant';
import { checkStartAndEnd, startAndEnd } from './parseInstant';
import type { PlanAction } from './planAction';

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** MO,WE,FR (or Mon,Wed,Fri, or monday…) → weekday numbers, 0 = Sunday; null when a part names no weekday. */
export function parseWeekdays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const code = part.trim().slice(0, 2).toUpperCase();
    const day = WEEKDAY_CODES.indexOf(code);
    const name = part.trim().toLowerCase();
    const full = WEEKDAY_LONG[day]?.toLowerCase();
    if (day < 0 || !full || !full.startsWith(name) || name.length < 2) return null;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

function described(box: Timebox, categoryName: string, timeZone: string): string {
  const what = box.title ? `“${cleanText(box.title)}” (${cleanText(categoryName)})` : cleanText(categoryName);
  if (box.kind === 'once') {
    const date = formatInstant(box.start, timeZone).slice(0, 10);
    return `Planned ${what} on ${dateWords(date)}, ${clockWords(box.start, timeZone)}–${clockWords(box.end, timeZone)}.`;
  }
  const days = box.weekdays.map((d) => WEEKDAY_SHORT[d]).join(', ');
  return `Planned ${what} every ${days}, ${box.startTime}–${box.endTime}, from ${box.firstDate}${box.until ? ` until ${box.until}` : ''}.`;
}

export const planAdd: PlanAction = {
  name: 'add',
  usage: 'timelock plan add CATEGORY --start TIME --end TIME [--title TEXT] [--repeat MO,WE,FR] [--until DATE] [--reason TEXT] [--json]',
  help: [
    'Plans a box in CATEGORY from --start to --end (at most 24 hours, ending at most 5 years ahead) and prints its',
    "id. TIME is ISO 8601 with an offset (2026-03-25T09:00+01:00), a local time (2026-03-25T09:00) in Timelock's",
    "time zone, or a clock time alone (09:00 or 9:00): that time today in Timelock's time zone, even beside a dated",
    'TIME. For a box over midnight, write the date: --start 23:00 --end 01:00 is refused, --start 23:00',
    '--end 2026-03-26T01:00 is not.',
    '  --title TEXT        a title shown on the box',
    '  --repeat DAYS       repeat weekly on these weekdays (MO,TU,WE,TH,FR,SA,SU) at the same local times,',
    "                      from --start's date on; 07:00 stays 07:00 across DST changes",
    '  --until DATE        the last day a repeating box may occur (yyyy-MM-dd; default: no end)',
    '  --reason TEXT       why work is planned outside your work windows (soft lock); kept with the box',
    '  --json              print the box as JSON instead of its id',
  ],
  options: { start: 'string', end: 'string', title: 'string', repeat: 'string', until: 'string', reason: 'string', json: 'flag' },
  positionals: ['category'],
  required: ['start', 'end'],
  check(args) {
    checkStartAndEnd(args);
    const repeat = args.string('repeat');
    if (repeat !== undefined && parseWeekdays(repeat) === null) throw new UsageError(`--repeat '${repeat}' names no weekdays. Write them as MO,TU,WE,TH,FR,SA,SU, e.g. --repeat MO,WE,FR.`);
    checkDate(args.string('until'), '--until');
    if (args.has('until') && repeat === undefined) throw new UsageError('--until is for a repeating box: give --repeat too.');
  },
  async run({ args, ask, out, say }, [wanted]) {
    const snapshot = await ask('app.snapshot', {});
    const { timeZone } = snapshot.settings;
    const category = findCategory(snapshot.categories, wanted!);
    const [start, end] = startAndEnd(args, timeZone, snapshot.now, say);
    // In the command's words, not the request's ("The request to plan.add is not valid").
    if (end <= start) throw new Refusal(`--end '${args.string('end')}' is not after --start '${args.string('start')}': a box ends after it starts.`);
    // --repeat and --until are checked in check: a repeat that names no weekdays never gets here.
    const repeatText = args.string('repeat');
    const repeat = repeatText === undefined ? undefined : parseWeekdays(repeatText)!;
    const until = args.string('until');
    const box = await ask('plan.add', {
      categoryId: category.id,
      start,
      end,
      ...(args.has('title') ? { title: args.string('title') } : {}),
      ...(repeat ? { repeat } : {}),
      ...(until !== undefined ? { until } : {}),
      ...(args.has('reason') ? { reason: args.string('reason') } : {}),
    });
    say(described(box, category.name, timeZone));
    out(args.flag('json') ? JSON.stringify(boxJson(box, timeZone), null, 2) : box.id);
  },
};

/** A stored box with a one-off's instants as ISO 8601 in the zone; a series as stored (local dates and times). */
export function boxJson(box: Timebox, timeZone: string): Record<string, unknown> {
  return box.kind === 'once' ? { ...box, start: formatInstant(box.start, timeZone), end: formatInstant(box.end, timeZone) } : { ...box };
}
