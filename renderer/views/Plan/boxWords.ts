// A box in words, for its accessible name, the text list of the week's boxes and the messages after a change:
// "Run, Fitness, Monday 7:00 AM to 8:00 AM, repeats weekly".
import type { Category } from '../../../shared/model';
import type { PlanFinding, Timebox, TimeboxOccurrence } from '../../../shared/planModel';
import { formatClock } from '../../format/formatClock';
import { dateTimeFormat } from '../../format/intlFormats';
import { weekdayNames } from '../../format/weekdayNames';

export interface BoxContext {
  categories: readonly Category[];
  timeZone: string;
  locale: string | undefined;
}

/**
 * The findings that are about particular boxes: those boxes are marked on the grid. An area short of its target or a
 * week over its cap names every box of the area, none of which is wrong by itself, so those are not marked.
 */
const BOX_FINDINGS: ReadonlySet<PlanFinding['kind']> = new Set(['over-daily-cap', 'outside-window', 'overlap']);

export function flaggedBoxIds(findings: readonly PlanFinding[]): Set<string> {
  return new Set(findings.filter((finding) => BOX_FINDINGS.has(finding.kind)).flatMap((finding) => finding.boxIds));
}

export function categoryOf(categories: readonly Category[], id: string): Category | undefined {
  return categories.find((c) => c.id === id);
}

/** The box's title, else its category's name: what a button or a message calls it. */
export function boxName(occurrence: Pick<TimeboxOccurrence, 'title' | 'categoryId'>, categories: readonly Category[]): string {
  return occurrence.title ?? categoryOf(categories, occurrence.categoryId)?.name ?? 'Deleted category';
}

function weekday(instant: number, context: BoxContext): string {
  return dateTimeFormat(context.locale, { weekday: 'long', timeZone: context.timeZone }).format(instant);
}

/** "Monday 7:00 AM to 8:00 AM", or "Monday 11:00 PM to Tuesday 1:00 AM" across midnight. */
export function boxWhen(span: { start: number; end: number }, context: BoxContext): string {
  const from = `${weekday(span.start, context)} ${formatClock(span.start, context.locale, context.timeZone)}`;
  const sameDay = weekday(span.end - 1, context) === weekday(span.start, context);
  return `${from} to ${sameDay ? '' : `${weekday(span.end, context)} `}${formatClock(span.end, context.locale, context.timeZone)}`;
}

/** "repeats weekly on Monday and Wednesday until 30 June 2026". */
export function repeatWords(series: Timebox | undefined, locale: string | undefined): string {
  if (!series || series.kind !== 'weekly') return 'repeats weekly';
  const names = weekdayNames(locale);
  const days = series.weekdays.map((d) => names[d]!);
  const list = days.length === 7 ? 'every day' : `on ${days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : days[0]}`;
  const until = series.until ? ` until ${dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${series.until}T00:00:00Z`))}` : '';
  return `repeats weekly ${list}${until}`;
}

/** "7:00 AM to 8:00 AM": what a box on the grid shows under its name. */
export function boxTimes(span: { start: number; end: number }, context: BoxContext): string {
  return `${formatClock(span.start, context.locale, context.timeZone)} to ${formatClock(span.end, context.locale, context.timeZone)}`;
}

/**
 * The accessible name of a box on the grid: "Run 7:00 AM to 8:00 AM, Monday, Fitness, repeats weekly". It begins with
 * exactly what the box shows (its name and times), so speech input can say what it sees; then the day, the category
 * when the name is a title, whether it repeats, and what the plan check says.
 */
export function boxLabel(occurrence: TimeboxOccurrence, context: BoxContext, flagged: boolean): string {
  const category = categoryOf(context.categories, occurrence.categoryId)?.name ?? 'Deleted category';
  const first = weekday(occurrence.start, context);
  const last = weekday(occurrence.end - 1, context);
  const parts = [`${occurrence.title ?? category} ${boxTimes(occurrence, context)}`, first === last ? first : `${first} into ${last}`];
  if (occurrence.title) parts.push(category);
  if (occurrence.seriesId) parts.push(occurrence.edited ? 'repeats weekly, this occurrence changed' : 'repeats weekly');
  if (occurrence.shifted) parts.push(`moved ${occurrence.shifted.minutes} minutes by a clock change`);
  if (flagged) parts.push('flagged by the plan check');
  return parts.join(', ');
}

/** The box as a sentence for the week's list: "Run, Fitness, Monday 7:00 AM to 8:00 AM, repeats weekly on Monday". */
export function boxSentence(occurrence: TimeboxOccurrence, context: BoxContext, flagged: boolean, series: Timebox | undefined): string {
  const category = categoryOf(context.categories, occurrence.categoryId)?.name ?? 'Deleted category';
  const parts = occurrence.title ? [occurrence.title, category] : [category];
  parts.push(boxWhen(occurrence, context));
  if (occurrence.seriesId) parts.push(repeatWords(series, context.locale) + (occurrence.edited ? ' (this occurrence changed)' : ''));
  if (occurrence.shifted) parts.push(`moved ${occurrence.shifted.minutes} minutes by a clock change`);
  if (flagged) parts.push('flagged by the plan check');
  return parts.join(', ');
}
