// `timelock plan export`: the plan as iCalendar (plan.exportIcs), on stdout or written to --out.
import type { PlanAction } from './planAction';
import { dateRangeArgs, deliverExport } from './exportOutput';
import { checkDateRange } from './checkDate';

export const planExport: PlanAction = {
  name: 'export',
  usage: 'timelock plan export [--from DATE] [--to DATE] [--out FILE]',
  help: [
    'Writes the plan as iCalendar (.ics) for calendar apps: repeating boxes as weekly series in your time zone.',
    '  --from DATE         only boxes on or after this day (yyyy-MM-dd)',
    '  --to DATE           only boxes on or before this day',
    '  --out FILE          write to FILE (a folder: the suggested file name in it) instead of stdout',
  ],
  options: { from: 'string', to: 'string', out: 'string' },
  positionals: [],
  check(args) {
    checkDateRange(args);
  },
  async run(context) {
    deliverExport(context, await context.ask('plan.exportIcs', dateRangeArgs(context.args)));
  },
};
