// `timelock plan list`: the boxes of a week as plan.week expands them (series included), as a table or JSON.
import { cleanText } from '../../shared/domain/cleanText';
import { WEEKDAY_SHORT, clockWords } from '../../shared/domain/words';
import type { Category } from '../../shared/model';
import { categoryName } from './findCategory';
import type { PlanWeek } from '../../shared/planModel';
import type { CommandContext } from './command';
import { formatInstant } from './formatInstant';
import type { PlanAction } from './planAction';
import { checkWeek } from './checkDate';
import { planOccurrenceJson } from './planOccurrenceJson';

/** The week asked for with --week (a label or a date), else this week. */
export function planWeekOf(context: CommandContext): Promise<PlanWeek> {
  const week = context.args.string('week');
  return context.ask('plan.week', week === undefined ? {} : { week });
}

function listTable(week: PlanWeek, categories: readonly Category[]): string {
  const lines = [`Plan ${week.week} · ${week.timeZone}`];
  if (week.occurrences.length === 0) return [...lines, 'No boxes planned.'].join('\n');
  for (const box of week.occurrences) {
    const date = formatInstant(box.start, week.timeZone).slice(0, 10);
    const weekday = WEEKDAY_SHORT[new Date(`${date}T12:00:00Z`).getUTCDay()];
    const name = categoryName(categories, box.categoryId);
    const times = `${clockWords(box.start, week.timeZone)}–${clockWords(box.end, week.timeZone)}`;
    lines.push(`${weekday} ${date}  ${times}  ${name.padEnd(12)} ${cleanText(box.title ?? '')}`.trimEnd() + `  [${box.boxId}]`);
  }
  return lines.join('\n');
}

export const planList: PlanAction = {
  name: 'list',
  usage: 'timelock plan list [--week 2026-W13] [--json]',
  help: [
    "Lists the week's boxes, repeating ones included, by start.",
    '  --week LABEL        the week 2026-W13, or any date in it (yyyy-MM-dd); default: this week',
    '  --json              an array: id (for plan remove), category, area, start, end (ISO 8601 with offset), title, …',
  ],
  options: { week: 'string', json: 'flag' },
  positionals: [],
  check(args) {
    checkWeek(args.string('week'), '--week');
  },
  async run(context) {
    const categories = await context.ask('categories.list', {});
    const week = await planWeekOf(context);
    context.out(
      context.args.flag('json')
        ? JSON.stringify(week.occurrences.map((box) => planOccurrenceJson(box, categories, week.timeZone)), null, 2)
        : listTable(week, categories),
    );
  },
};
