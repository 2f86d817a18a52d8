// Dates and weeks typed on the command line, checked in a command's check (no data needed), so a date that does not
// exist is a usage mistake (exit 2) in every command, in the same words, before Timelock is opened.
import { parseDate, parseWeek } from '../../shared/domain/time';
import { UsageError } from './cliErrors';
import type { ParsedArgs } from './parseArgs';

/** A yyyy-MM-dd date given as `what` (--from, DATE): nothing when it is one or not given, else a UsageError naming it. */
export function checkDate(text: string | undefined, what: string): void {
  if (text !== undefined && !parseDate(text)) throw new UsageError(`${what} '${text}' is not a date. Write it as yyyy-MM-dd, e.g. 2026-03-25.`);
}

/**
 * A week given as `what`: 2026-W13 or a date inside the week, as the week channels read it (trimmed). Which week a
 * date falls in depends on the weekStartsOn setting; whether the text names one at all does not.
 */
export function checkWeek(text: string | undefined, what: string): void {
  if (text !== undefined && !parseWeek(text.trim(), 1)) throw new UsageError(`${what} '${text}' names no week. Write it as 2026-W13, or a date in the week as yyyy-MM-dd, e.g. 2026-03-25.`);
}

/** A range of days, both included, ending with --to: each a date, --to not before the first day (--from, or DATE). */
export function checkDateRange(args: ParsedArgs, first: { text: string | undefined; what: string } = { text: args.string('from'), what: '--from' }): void {
  const to = args.string('to');
  checkDate(first.text, first.what);
  checkDate(to, '--to');
  if (first.text !== undefined && to !== undefined && to < first.text) {
    // "before --from 2026-03-25", but "before 2026-12-20" for the date given as DATE.
    throw new UsageError(`--to ${to} is before ${first.what.startsWith('--') ? `${first.what} ` : ''}${first.text}: the range ends before it starts.`);
  }
}
