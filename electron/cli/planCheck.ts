// `timelock plan check`: what the plan check says of a week's boxes (caps, windows, overlaps, targets, balance).
import type { PlanAction } from './planAction';
import { planWeekOf } from './planList';

export const planCheck: PlanAction = {
  name: 'check',
  usage: 'timelock plan check [--week 2026-W13] [--json]',
  help: [
    "Checks the week's plan against your caps, work windows and targets, and for boxes that overlap.",
    '  --week LABEL        the week 2026-W13, or any date in it; default: this week',
    '  --json              an array of findings: kind, message, boxIds, minutes, date',
  ],
  options: { week: 'string', json: 'flag' },
  positionals: [],
  async run(context) {
    const week = await planWeekOf(context);
    if (context.args.flag('json')) context.out(JSON.stringify(week.findings, null, 2));
    else if (week.findings.length === 0) context.out(`The plan for ${week.week} fits your caps, work windows and targets.`);
    else context.out(week.findings.map((f) => `- ${f.message}`).join('\n'));
  },
};
