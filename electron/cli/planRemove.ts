// `timelock plan remove ID`: a box, or one occurrence of a repeating box (the ID plan list shows, series@date, or
// --occurrence DATE), through plan.remove.
import { cleanText } from '../../shared/domain/cleanText';
import { checkDate } from './checkDate';
import type { PlanAction } from './planAction';

export const planRemove: PlanAction = {
  name: 'remove',
  usage: 'timelock plan remove ID [--occurrence DATE]',
  help: [
    'Removes the box ID. For a repeating box, ID as plan list shows it (series@2026-03-25), or --occurrence DATE,',
    'removes only that occurrence; the series ID alone removes the whole series.',
    '  --occurrence DATE   the occurrence to remove, by its date (yyyy-MM-dd)',
  ],
  options: { occurrence: 'string' },
  positionals: ['id'],
  check(args, [given]) {
    const { date } = occurrenceOf(given!, args.string('occurrence'));
    checkDate(date, args.has('occurrence') ? '--occurrence' : 'The occurrence in ID');
  },
  async run({ args, ask, say }, [given]) {
    const { id, date } = occurrenceOf(given!, args.string('occurrence'));
    const removed = await ask('plan.remove', { id, ...(date === undefined ? {} : { occurrenceDate: date }) });
    const name = removed.box.title ? `“${cleanText(removed.box.title)}”` : `the box ${removed.box.id}`;
    say(
      removed.removed === 'occurrence'
        ? `Removed the occurrence of ${name} on ${removed.occurrenceDate}; the series goes on.`
        : `Removed ${name}${removed.box.kind === 'weekly' ? ' and all its occurrences' : ''}.`,
    );
  },
};

/** The box and the occurrence's date: --occurrence DATE, else the date after the last @ in ID (series@2026-03-25). */
function occurrenceOf(given: string, occurrence: string | undefined): { id: string; date: string | undefined } {
  const at = given.lastIndexOf('@');
  if (occurrence === undefined && at > 0) return { id: given.slice(0, at), date: given.slice(at + 1) };
  return { id: given, date: occurrence };
}
