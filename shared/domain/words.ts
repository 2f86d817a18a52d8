// Durations and dates in words, one way for every host: the nudges, the lock prompts, the plan check, the command
// line, import warnings and the window all say "1 h 30 min", "1:30" and "Tue 24 Mar" through these functions.
// One rounding rule: a duration is rounded half up to the smallest unit it shows (a minute, a second, a tenth of an
// hour), and a negative one is said as zero. Rounding, not truncating, keeps parts and their total saying the same
// thing ("28 h of 35 h, 7 h left"); zero stands in for a negative because a duration said is always time spent.
import { MINUTE, daysBetween, localDateOf, parseDate, toLocal, weekdayOf } from './time';

/** Indexed 0 = Sunday … 6 = Saturday, like LocalDateTime.weekday and the settings. */
export const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const WEEKDAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Indexed 0 = January, so month `m` (1–12) is MONTH_SHORT[m - 1]. */
export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** How a whole number is written: plain digits by default; the window passes its locale's. */
export type NumberWords = (n: number) => string;
const plainDigits: NumberWords = (n) => String(n);

/** The duration in whole units of `unitMs`, by the one rounding rule. */
export function roundedUnits(ms: number, unitMs: number): number {
  return ms > 0 ? Math.round(ms / unitMs) : 0;
}

/** "35 h", "31 h 30 min", "45 min", "under a minute" (more than nothing, less than half a minute), "0 min". */
export function durationWords(ms: number, digits: NumberWords = plainDigits): string {
  const minutes = roundedUnits(ms, MINUTE);
  if (minutes === 0) return ms > 0 ? 'under a minute' : `${digits(0)} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${digits(m)} min`;
  return m === 0 ? `${digits(h)} h` : `${digits(h)} h ${digits(m)} min`;
}

/** "1:12" (h:mm), or "1:12:05" (h:mm:ss) with seconds; hours do not wrap at 24. */
export function durationClock(ms: number, { seconds = false }: { seconds?: boolean } = {}): string {
  const two = (n: number) => String(n).padStart(2, '0');
  if (!seconds) {
    const minutes = roundedUnits(ms, MINUTE);
    return `${Math.floor(minutes / 60)}:${two(minutes % 60)}`;
  }
  const total = roundedUnits(ms, 1000);
  return `${Math.floor(total / 3600)}:${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
}

/**
 * A running timer's time as a clock shows it, "1:12": whole minutes cut, never rounded up, so a minute shows once it has
 * passed. The tray, `timelock status` and the window's ticking timer all count this way.
 */
export function elapsedClock(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Work so far against a cap, as hours to a tenth: cut, never rounded up, so a status bar never shows the cap reached
 * before it is (34.99 h reads 34.9 / 35 h). The tray and `timelock status` print the same line with it.
 */
export function hoursTowardCap(minutes: number): number {
  // Tenths of an hour are 6 minutes; the small epsilon keeps 2100 / 6 from landing a hair under 350.
  return minutes > 0 ? Math.floor(minutes / 6 + 1e-9) / 10 : 0;
}

/**
 * The work and cap figures of a status line ("21.5 / 35 h"): both to a tenth, as every other view shows them (a cap of
 * 24 h 53 min after a day off reads 24.9 there and here; 77 min of work 1.3), except that the work reaches the cap's
 * figure only when the cap is reached.
 */
export function capLineHours(workMinutes: number, capMinutes: number): { work: number; cap: number } {
  const cap = hoursToTenth(capMinutes);
  if (workMinutes >= capMinutes) return { work: Math.max(hoursToTenth(workMinutes), cap), cap };
  // Rounded as the window rounds it (77 min is 1.3 h), only never up to the cap's figure before the cap is reached.
  return { work: Math.min(hoursToTenth(workMinutes), Math.max(0, (Math.round(cap * 10) - 1) / 10)), cap };
}

/** Minutes as hours to a tenth: 1290 → 21.5, 2100 → 35. A number, for the caller to write in its own digits. */
export function hoursToTenth(minutes: number): number {
  // Tenths of an hour are 6 minutes: dividing by 6 first keeps whole minutes exact.
  return roundedUnits(minutes * MINUTE, 6 * MINUTE) / 10;
}

/** "17:00", in the zone. */
export function clockWords(instant: number, timeZone: string): string {
  const l = toLocal(instant, timeZone);
  return `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
}

/**
 * A week summary's `timerRanInto` or `timerCountedFrom` when it is this timer's: not the run before a switch, whose
 * summary may still be the one at hand (a host older than the field's timerId names no timer: taken as this one's).
 */
export function ranIntoOf<T extends { timerId?: string }>(ranInto: T | null | undefined, timer: { id: string } | null): T | null {
  return timer && ranInto && (ranInto.timerId === undefined || ranInto.timerId === timer.id) ? ranInto : null;
}

/**
 * After a running timer's clock, where what it counts differs from it (ranIntoOf both): " (counted to 12:30)" when it
 * ran into an entry logged ahead, " (counted from 10:00)" when an entry saved over its start holds its first stretch,
 * " (counted 10:00–12:30)" for both, " (counts from 14:00)" while that entry still holds it (nothing counted yet); else "".
 */
export function countedWords(ranInto: { at: number } | null, countedFrom: { at: number } | null, now: number, timeZone: string): string {
  if (ranInto && countedFrom) return ` (counted ${clockWords(countedFrom.at, timeZone)}–${clockWords(ranInto.at, timeZone)})`;
  if (countedFrom) return ` (${countedFrom.at > now ? 'counts' : 'counted'} from ${clockWords(countedFrom.at, timeZone)})`;
  return ranInto ? ` (counted to ${clockWords(ranInto.at, timeZone)})` : '';
}

/** "Tue 24 Mar", in the zone. */
export function dayWords(instant: number, timeZone: string): string {
  const l = toLocal(instant, timeZone);
  return `${WEEKDAY_SHORT[l.weekday]} ${l.day} ${MONTH_SHORT[l.month - 1]}`;
}

/** "Tue 24 Mar" for the date 2026-03-24; text that is not a date is given back as it is. */
export function dateWords(date: string): string {
  const d = parseDate(date);
  return d ? `${WEEKDAY_SHORT[weekdayOf(d)]} ${d.day} ${MONTH_SHORT[d.month - 1]}` : date;
}

/**
 * Seen from `now`: "at 17:00", "tomorrow at 09:00", "on Mon 30 Mar at 09:00", and with the year when it is another
 * year's ("on Thu 12 Nov 2025 at 09:30": an import's rows and a restored backup reach years back); or "until 17:00",
 * "until tomorrow at …".
 */
export function whenWords(instant: number, now: number, timeZone: string, lead: 'at' | 'until' = 'at'): string {
  const today = localDateOf(now, timeZone);
  const date = localDateOf(instant, timeZone);
  const days = daysBetween(today, date);
  const clock = clockWords(instant, timeZone);
  const prefix = lead === 'until' ? 'until ' : '';
  if (days === 0) return `${lead} ${clock}`;
  if (days === 1) return `${prefix}tomorrow at ${clock}`;
  const year = date.year === today.year ? '' : ` ${date.year}`;
  return `${lead === 'until' ? 'until' : 'on'} ${dayWords(instant, timeZone)}${year} at ${clock}`;
}

/**
 * A stretch of time seen from `now`, as whenWords says its start: "at 09:00–11:30", "tomorrow at 09:00–11:30",
 * "on Tue 24 Mar at 09:00–11:30"; one that ends on a later day says that day: "at 22:00 until tomorrow at 01:00".
 */
export function spanWords(start: number, end: number, now: number, timeZone: string): string {
  const sameDay = daysBetween(localDateOf(start, timeZone), localDateOf(end, timeZone)) === 0;
  return `${whenWords(start, now, timeZone)}${sameDay ? `–${clockWords(end, timeZone)}` : ` ${whenWords(end, now, timeZone, 'until')}`}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The sentence's first letter in capitals. */
/** "1 row", "2 rows", "3 entries": a count and its noun, `many` being the noun with an s unless given. */
export function countWords(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "30 seconds", "0 seconds": a length under a minute, which durationWords would say in minutes (rounded); whole
 * seconds, cut, so 59.6 s is "59 seconds", never the "60 seconds" a message saying "under a minute" cannot hold. */
export function secondsWords(ms: number): string {
  return countWords(Math.floor(ms / 1000), 'second');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What changing the time zone does, said when it is changed: the zone is one setting, not dated, so every week (lived
 * ones too) is read in the new one.
 */
export function zoneChangeWords(timeZone: string): string {
  return `Every week is read in ${timeZone.replace(/_/g, ' ')} from now on, past weeks too: their days, work windows and off-hours figures move with it (09:00 logged in Berlin reads as 03:00 in New York). Set it back to read them as before.`;
}

/**
 * What changing the first day of the week does, said when it is changed: like the zone, it is one setting, not dated,
 * so every week, lived ones too, is counted from the new day. `names`: the weekdays, Sunday first (the window's locale).
 */
export function weekStartChangeWords(weekStartsOn: number, names: readonly string[] = WEEKDAY_LONG): string {
  const first = names[weekStartsOn]!;
  const last = names[(weekStartsOn + 6) % 7]!;
  return `Every week runs ${first} to ${last} from now on, past weeks too: each week's total, cap and balance are counted over those days. Set it back to read them as before.`;
}

/**
 * What changing the hour late work starts does, said when it is changed: one setting, not dated, so the late work of
 * every week, lived ones too, is counted from the new hour.
 */
export function lateWorkHourChangeWords(lateWorkHour: number): string {
  return `Work is late from ${lateHourWords(lateWorkHour)} from now on, in past weeks too: their late-work figures are counted with it. Set it back to read them as before.`;
}

/** The hour late work starts: "18:00", or "midnight" for 24. */
export function lateHourWords(lateWorkHour: number): string {
  return lateWorkHour >= 24 ? 'midnight' : `${String(lateWorkHour).padStart(2, '0')}:00`;
}
