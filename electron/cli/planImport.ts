// `timelock plan import FILE.ics --category C`: a calendar's events as boxes (plan.importIcs); a weekly series
// Timelock can hold exactly stays one series, other repeating events are expanded over the days asked for. A second
// import of the same file adds nothing.
import { cleanText } from '../../shared/domain/cleanText';
import path from 'node:path';
import { CALENDAR_IMPORT_LIMITS } from '../services/import/importBudget';
import { checkDateRange } from './checkDate';
import { findCategory } from './findCategory';
import type { PlanAction } from './planAction';
import { readTextFile } from './readTextFile';

export const planImport: PlanAction = {
  name: 'import',
  usage: 'timelock plan import FILE.ics --category CATEGORY [--from DATE] [--to DATE] [--reason TEXT] [--json]',
  help: [
    'Adds the events of an iCalendar file as boxes in CATEGORY, from --from to --to (local dates, both included;',
    'default: today and the next 8 weeks). A weekly series Timelock can hold exactly (every week on set weekdays,',
    'in your time zone or with no zone, as Timelock exports it) stays one repeating box, from the first day to its',
    'own end or --to; other repeating events become one box per occurrence in those days, and so does a series an',
    'earlier import added as such boxes. All-day events are skipped.',
    '  --category C        the category the boxes go in (its name or id); an event whose CATEGORIES names one of',
    '                      your categories (as Timelock\'s own export does) goes into that one instead',
    '  --reason TEXT       why work is planned outside your work windows (soft lock); kept with those boxes',
    '  --json              print the result as JSON: added, skipped, warnings',
  ],
  options: { category: 'string', from: 'string', to: 'string', reason: 'string', json: 'flag' },
  positionals: ['file'],
  required: ['category'],
  check(args) {
    checkDateRange(args);
  },
  async run(context, [file]) {
    const { args, ask, out, say } = context;
    const read = readTextFile(context.cwd, file!, CALENDAR_IMPORT_LIMITS);
    const categories = await ask('categories.list', {});
    const category = findCategory(categories, args.string('category')!);
    const result = await ask('plan.importIcs', {
      text: read.text,
      categoryId: category.id,
      ...(args.has('from') ? { from: args.string('from') } : {}),
      ...(args.has('to') ? { to: args.string('to') } : {}),
      ...(args.has('reason') ? { reason: args.string('reason') } : {}),
    });
    const skipped = result.skipped > 0 ? ` (${result.skipped} skipped)` : '';
    say([`Added ${result.added} ${result.added === 1 ? 'box' : 'boxes'} in ${cleanText(category.name)} from ${cleanText(path.basename(read.path))}${skipped}.`, ...result.warnings.map((w) => `  ${cleanText(w)}`)].join('\n'));
    if (args.flag('json')) out(JSON.stringify(result, null, 2));
  },
};
