// `timelock plan remove ID`: a box, or one occurrence of a repeating box (the ID plan list shows, series@date, or
// --occurrence DATE), through plan.remove.
import { cleanText } from '../../shared/domain/cleanText';
import { parseDate } from '../../shared/domain/time';
import { Refusal } from './cliErrors';
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
  async run({ args, ask, say }, [given]) {
    let id = given!;
    let date = args.string('occurrence');
    const at = id.lastIndexOf('@');
    if (date === undefined && at > 0) {
      date = id.slice(at + 1);
      id = id.slice(0, at);
    }
    if (date !== undefined && !parseDate(date)) throw new Refusal(`'${date}' is not a date. Write the occurrence's date as yyyy-MM-dd, e.g. 2026-03-25.`);
    const removed = await ask('plan.remove', { id, ...(date === undefined ? {} : { occurrenceDate: date }) });
    const name = removed.box.title ? `“${cleanText(removed.box.title)}”` : `the box ${removed.box.id}`;
    say(
      removed.removed === 'occurrence'
        ? `Removed the occurrence of ${name} on ${removed.occurrenceDate}; the series goes on.`
        : `Removed ${name}${removed.box.kind === 'weekly' ? ' and all its occurrences' : ''}.`,
    );
  },
};
