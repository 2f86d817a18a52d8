// Times typed on the command line. ISO 8601 with an offset or Z names one exact instant; a local time without one
// (2026-03-25T09:00) is read in the app's time zone, with the domain's rule for DST gaps and overlaps; a clock time
// alone (09:00) is that time today there, today as the app's clock has it.
import { fromLocal, localDateOf, parseDate, toLocal, type CalendarDate } from '../../shared/domain/time';
import { clockWords } from '../../shared/domain/words';
import { Refusal, UsageError } from './cliErrors';
import type { ParsedArgs } from './parseArgs';

const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/**
 * A clock time alone, the hour in one digit or two (9:00, 09:00, 09:00:30): ISO's clock part, its groups in the same
 * places, the date's and the offset's empty. No offset: the day it is on is today in the app's zone.
 */
const CLOCK = /^()(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?()$/;

/** A time as typed, read without the app's time zone: the local date and clock, and the offset when one was given. */
export interface TypedInstant {
  /** null for a clock time alone: today in the app's zone. */
  date: CalendarDate | null;
  hour: number;
  minute: number;
  /** The seconds and milliseconds past the minute, in milliseconds. */
  secondMs: number;
  /** Minutes east of UTC; undefined for a local time, read in the app's zone. */
  offsetMinutes?: number;
}

/** The text as a time, or null when it is none (or names no real date, clock time or offset); needs no data. */
export function readInstant(text: string): TypedInstant | null {
  const m = ISO.exec(text.trim()) ?? CLOCK.exec(text.trim());
  if (!m) return null;
  const date = m[1] === '' ? null : parseDate(m[1]!);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = Number(m[4] ?? 0);
  const millis = Number((m[5] ?? '0').padEnd(3, '0'));
  if ((m[1] !== '' && !date) || hour > 23 || minute > 59 || second > 59) return null;
  const typed = { date, hour, minute, secondMs: second * 1000 + millis };
  const zone = m[6];
  if (zone === undefined || zone === '') return typed;
  if (zone.toUpperCase() === 'Z') return { ...typed, offsetMinutes: 0 };
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  if (Number(digits.slice(2) || 0) > 59 || minutes > 18 * 60) return null;
  return { ...typed, offsetMinutes: (zone.startsWith('-') ? -1 : 1) * minutes };
}

/** The instant a typed time names when it carries an offset; null for a local time, which needs the app's zone. */
export function exactInstant(typed: TypedInstant): number | null {
  if (typed.offsetMinutes === undefined) return null;
  const { date, hour, minute, secondMs, offsetMinutes } = typed;
  // Only a dated time carries an offset (CLOCK takes none).
  if (date === null) return null;
  return Date.UTC(date.year, date.month - 1, date.day, hour, minute) + secondMs - offsetMinutes * 60_000;
}

/**
 * Epoch milliseconds, or null when the text is not such a time (or names no real date or clock time). `now` is the
 * app's clock: a clock time alone is read on the day it is in `timeZone`.
 */
export function parseInstant(text: string, timeZone: string, now: number): number | null {
  const typed = readInstant(text);
  return typed && instantIn(typed, timeZone, now);
}

/** The instant a typed time names, a local one read in `timeZone`, a clock time alone on the day `now` is there. */
function instantIn(typed: TypedInstant, timeZone: string, now: number): number {
  const date = typed.date ?? localDateOf(now, timeZone);
  return exactInstant(typed) ?? fromLocal(date, typed.hour, typed.minute, timeZone) + typed.secondMs;
}

/**
 * The check of a time option that needs no data (Command.check): a UsageError naming the option when the text is no
 * time, or one before 1970 (instants count from 1970, and Date.UTC would read the years 0–99 as 1900–1999).
 */
export function checkInstant(text: string, name: string): TypedInstant {
  const typed = readInstant(text);
  if (!typed) throw new UsageError(`--${name} '${text}' is not a time. Write it as 09:00 (today), 2026-03-25T09:00 (in Timelock's time zone) or 2026-03-25T09:00+01:00.`);
  const exact = exactInstant(typed);
  if ((typed.date !== null && typed.date.year < 1970) || (exact !== null && exact < 0)) throw new UsageError(beforeEpoch(text, name));
  return typed;
}

/**
 * `--start` and `--end` both checked (checkInstant). Given as clock times alone, both are today: an end not after the
 * start is refused here, with the way to write a span over midnight, rather than guessed to be tomorrow's.
 */
export function checkStartAndEnd(args: ParsedArgs): [start: TypedInstant, end: TypedInstant] {
  const startText = args.string('start')!;
  const endText = args.string('end')!;
  const start = checkInstant(startText, 'start');
  const end = checkInstant(endText, 'end');
  if (start.date === null && end.date === null && clockMs(end) <= clockMs(start)) {
    throw new UsageError(
      `--end '${endText}' is not after --start '${startText}': a time alone is today's. For a span over midnight, write --end with the next day's date, e.g. --end 2026-03-26T${clockText(endText)} after --start 2026-03-25T${clockText(startText)}.`,
    );
  }
  return [start, end];
}

const clockMs = (typed: TypedInstant) => (typed.hour * 60 + typed.minute) * 60_000 + typed.secondMs;
/** A clock time alone as the dated form writes it: 9:00 as 09:00. */
const clockText = (text: string) => text.trim().replace(/^(\d):/, '0$1:');

/**
 * `--start` and `--end` (both required by the command's spec and checked in its check) as instants in the app's zone,
 * a clock time alone on the day `now` (the app's clock) is there, beside a dated one too. A local time the clocks skip (02:30 on a spring-forward night) is read past the gap, as everywhere in Timelock, and
 * `tell` says so; when that leaves no time between the two, the refusal says why instead of "0 seconds".
 */
export function startAndEnd(args: ParsedArgs, timeZone: string, now: number, tell: (line: string) => void = () => undefined): [start: number, end: number] {
  const moved: string[] = [];
  const instant = (name: 'start' | 'end') => {
    const text = args.string(name)!;
    const typed = checkInstant(text, name);
    const value = instantIn(typed, timeZone, now);
    // Only a local time on 1 January 1970 gets here: whether it is before 1970 depends on the app's zone.
    if (value < 0) throw new Refusal(beforeEpoch(text, name));
    const shown = toLocal(value, timeZone);
    if (typed.offsetMinutes === undefined && (shown.hour !== typed.hour || shown.minute !== typed.minute)) {
      const when = typed.date === null ? 'today' : 'that night';
      moved.push(`--${name} '${text}' does not exist in ${timeZone}: the clocks go forward over it ${when}, so it is read as ${clockWords(value, timeZone)}.`);
    }
    return value;
  };
  const span: [number, number] = [instant('start'), instant('end')];
  if (moved.length > 0 && span[1] <= span[0]) throw new Refusal(`${moved.join(' ')} That leaves no time between --start and --end: give the times the clocks showed.`);
  for (const line of moved) tell(line);
  return span;
}

function beforeEpoch(text: string, name: string): string {
  return `--${name} '${text}' is before 1970: Timelock keeps time from 1970 on.`;
}
