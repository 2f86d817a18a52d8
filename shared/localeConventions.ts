// A locale's conventions for numbers and clock times, read from Intl once (by the host, whose ICU has started
// anyway), and the numbers and clock times written from them exactly as Intl writes them: a window formats its first
// screen from these instead of paying its own ICU's start-up. Tested against Intl over many locales.
import type { LocaleConventions, NumberConventions } from './conventionsModel';
import { DAY, offsetTablesAround } from './domain/time';

/** The options of Intl.NumberFormat this writes; the others (percent, units, significant digits) stay Intl's. */
export interface NumberOptions {
  /** Intl's default, 3, when left out; trailing zeros are dropped as Intl drops them. */
  maximumFractionDigits?: number;
  /** Intl's default, true: grouped as the locale groups ("auto"). */
  useGrouping?: boolean;
  minimumIntegerDigits?: number;
}

/** Offsets around now that the window's first screen may need: today's times, and the week's. */
const OFFSET_REACH = 8 * DAY;

/**
 * Null when the locale's clock cannot be written from a template (none known does so). Throws a RangeError for a
 * locale that is not a BCP 47 tag, as Intl does.
 */
export function readLocaleConventions(locale: string, timeZone: string, now: number): LocaleConventions | null {
  const formats = readFormatConventions(locale);
  return formats && { ...formats, offsets: offsetTablesAround(now, timeZone, OFFSET_REACH) };
}

/** The conventions without the time zone's offsets: what a window compares with its own Intl. */
export function readFormatConventions(locale: string): Omit<LocaleConventions, 'offsets'> | null {
  const hourCycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle ?? 'h23';
  const clock = readClock(locale, hourCycle);
  return clock && { locale, numbers: readNumbers(locale), hourCycle, clock };
}

function readNumbers(locale: string): NumberConventions {
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const partsOf = (value: number) => grouped.formatToParts(value);
  const digits = Array.from({ length: 10 }, (_, d) => plain.format(d));
  const decimal = partsOf(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  // 13 digits: grouped in every locale that groups, whatever its minimum grouping digits.
  const big = partsOf(1_234_567_890_123);
  const group = big.find((part) => part.type === 'group')?.value ?? '';
  const integers = big.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const primaryGroup = integers.length > 1 ? integers[integers.length - 1]! : 0;
  const secondaryGroup = integers.length > 2 ? integers[integers.length - 2]! : primaryGroup;
  let minimumGroupingDigits = 1;
  while (primaryGroup > 0 && minimumGroupingDigits < 9 && !partsOf(10 ** (primaryGroup + minimumGroupingDigits - 1)).some((part) => part.type === 'group')) minimumGroupingDigits++;
  const around = (value: number) => {
    const parts = partsOf(value);
    const first = parts.findIndex((part) => part.type === 'integer');
    const last = parts.findLastIndex((part) => part.type === 'integer');
    return { prefix: parts.slice(0, first).map((part) => part.value).join(''), suffix: parts.slice(last + 1).map((part) => part.value).join('') };
  };
  return { digits, decimal, group, primaryGroup, secondaryGroup, minimumGroupingDigits, negative: around(-1), positive: around(1) };
}

function readClock(locale: string, hourCycle: LocaleConventions['hourCycle']): LocaleConventions['clock'] | null {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC', hourCycle });
  // A fixed UTC day has no DST gap, so every wall time formats as itself.
  const at = (hour: number, minute: number) => Date.UTC(2000, 0, 3, hour, minute);
  const hours: LocaleConventions['clock']['hours'] = [];
  for (let hour = 0; hour < 24; hour++) {
    // The text is format()'s, which is not always formatToParts' joined: V8's format() writes U+202F before "AM" as
    // a plain space (web pages broke on it), its parts keep it. The parts only say where the minutes are.
    const text = format.format(at(hour, 1));
    const parts = format.formatToParts(at(hour, 1));
    const minute = parts.findIndex((part) => part.type === 'minute');
    if (minute < 0 || parts.reduce((n, part) => n + part.value.length, 0) !== text.length) return null;
    const start = parts.slice(0, minute).reduce((n, part) => n + part.value.length, 0);
    const end = start + parts[minute]!.value.length;
    hours.push({ atZero: format.format(at(hour, 0)), before: text.slice(0, start), after: text.slice(end) });
  }
  const minutes = Array.from({ length: 60 }, (_, minute) => format.formatToParts(at(1, minute)).find((part) => part.type === 'minute')!.value);
  return { hours, minutes };
}

/**
 * A number as Intl.NumberFormat(locale, options) writes it; null for NaN and the infinities, left to Intl. Rounds
 * the shortest decimal that reads back as the number, half away from zero, as ICU does (1.005 → "1.01").
 */
export function conventionNumber(numbers: NumberConventions, value: number, options: NumberOptions = {}): string | null {
  if (!Number.isFinite(value)) return null;
  const { maximumFractionDigits = 3, useGrouping = true, minimumIntegerDigits = 1 } = options;
  // Intl writes −0, and a negative number rounded to zero, with its minus sign.
  const negative = value < 0 || Object.is(value, -0);
  let [integer, fraction] = rounded(shortestDecimal(Math.abs(value)), maximumFractionDigits);
  fraction = fraction.replace(/0+$/, '');
  integer = integer.padStart(minimumIntegerDigits, '0');
  const { digits, primaryGroup, secondaryGroup, minimumGroupingDigits, group } = numbers;
  const local = (plain: string) => plain.replace(/\d/g, (d) => digits[Number(d)]!);
  let body = local(integer);
  if (useGrouping && primaryGroup > 0 && integer.length >= primaryGroup + minimumGroupingDigits) {
    const groups = [integer.slice(-primaryGroup)];
    for (let end = integer.length - primaryGroup; end > 0; end -= secondaryGroup) groups.unshift(integer.slice(Math.max(0, end - secondaryGroup), end));
    body = groups.map(local).join(group);
  }
  if (fraction) body += numbers.decimal + local(fraction);
  const sign = negative ? numbers.negative : numbers.positive;
  return sign.prefix + body + sign.suffix;
}

/** The digits of a non-negative finite number as [integer, fraction], from its shortest round-tripping form. */
function shortestDecimal(value: number): [string, string] {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const [whole = '0', part = ''] = mantissa.split('.');
  const all = whole + part;
  const point = whole.length + Number(exponent);
  if (point <= 0) return ['0', '0'.repeat(-point) + all];
  if (point >= all.length) return [all + '0'.repeat(point - all.length), ''];
  return [all.slice(0, point), all.slice(point)];
}

function rounded([integer, fraction]: [string, string], places: number): [string, string] {
  const trimmed = integer.replace(/^0+(?=\d)/, '');
  if (fraction.length <= places) return [trimmed, fraction];
  const kept = trimmed + fraction.slice(0, places);
  if (fraction[places]! < '5') return [trimmed, fraction.slice(0, places)];
  const up = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  return [up.slice(0, up.length - places) || '0', up.slice(up.length - places)];
}

/** A wall-clock hour (0–23) and minute as Intl.DateTimeFormat writes them with the locale's hour cycle. */
export function conventionClock(clock: LocaleConventions['clock'], hour: number, minute: number): string {
  const template = clock.hours[hour]!;
  return minute === 0 ? template.atZero : template.before + clock.minutes[minute]! + template.after;
}
