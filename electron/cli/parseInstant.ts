// Times typed on the command line. ISO 8601 with an offset or Z names one exact instant; a local time without one
// (2026-03-25T09:00) is read in the app's time zone, with the domain's rule for DST gaps and overlaps.
import { fromLocal, parseDate } from '../../shared/domain/time';
import { Refusal } from './cliErrors';
import type { ParsedArgs } from './parseArgs';

const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Epoch milliseconds, or null when the text is not such a time (or names no real date or clock time). */
export function parseInstant(text: string, timeZone: string): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const date = parseDate(m[1]!);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = Number(m[4] ?? 0);
  const millis = Number((m[5] ?? '0').padEnd(3, '0'));
  if (!date || hour > 23 || minute > 59 || second > 59) return null;
  const zone = m[6];
  if (zone === undefined) return fromLocal(date, hour, minute, timeZone) + second * 1000 + millis;
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
    if (Number(digits.slice(2) || 0) > 59 || minutes > 18 * 60) return null;
    offset = (zone.startsWith('-') ? -1 : 1) * minutes;
  }
  return Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, millis) - offset * 60_000;
}

/** `--start` and `--end` (both required by the command's spec) as instants, or a refusal naming the one that is not a time. */
export function startAndEnd(args: ParsedArgs, timeZone: string): [start: number, end: number] {
  const instant = (name: 'start' | 'end') => {
    const text = args.string(name)!;
    const value = parseInstant(text, timeZone);
    if (value === null) throw new Refusal(`--${name} '${text}' is not a time. Write 2026-03-25T09:00 (in ${timeZone}) or 2026-03-25T09:00+01:00.`);
    // Instants count from 1970 and Date.UTC reads the years 0–99 as 1900–1999: 0080 would quietly become 1980.
    if (value < 0 || Number(text.trim().slice(0, 4)) < 1970) throw new Refusal(`--${name} '${text}' is before 1970: Timelock keeps time from 1970 on.`);
    return value;
  };
  return [instant('start'), instant('end')];
}
