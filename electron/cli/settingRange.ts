// The numbers a setting takes, read from the settings schema, so a value out of range is refused in the person's terms
// ("a whole number of minutes from 0 to 1440 (24 hours)") rather than the request's ("values.dailyCapMinutes: Too big").
import { z } from 'zod';
import { settingsSchema, workWindowsSchema } from '../../shared/model';
import { WEEKDAY_LONG } from '../../shared/domain/words';
import { parseDuration } from '../../shared/domain/parseDuration';
import { isValidTimeZone } from '../../shared/domain/time';

/** The cap in hours the command offers besides the stored minutes: hours are how people think of it. */
export const HOURS_ALIAS = 'weeklyCapHours';

/**
 * A value given for weeklyCapHours as hours: a number as it is, text as set-day reads a day's hours (37:30, 37,5,
 * 37h 30m: parseDuration, whole minutes); null when it is neither.
 */
export function hoursOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const minutes = typeof value === 'string' ? parseDuration(value) : null;
  return minutes === null ? null : minutes / 60;
}

/** What a value is typed as, from the setting's name (weeklyCapMinutes, unlockCooldownSeconds, lateWorkHour…). */
const KINDS: ReadonlyArray<[suffix: string, kind: string]> = [
  ['Minutes', 'a whole number of minutes'],
  ['Seconds', 'a whole number of seconds'],
  ['Days', 'a whole number of days'],
  ['Percent', 'a whole percentage'],
  ['Hour', 'a whole hour of the day'],
];

/** The schema of a top-level or dotted key, with "no value" (null, absent) unwrapped and said separately. */
function schemaAt(key: string): { schema: z.ZodType; nullable: boolean } | null {
  let schema: z.ZodType = settingsSchema;
  for (const part of key.split('.')) {
    while (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (!(schema instanceof z.ZodObject)) return null;
    const inner = (schema.shape as Record<string, z.ZodType | undefined>)[part];
    if (!inner) return null;
    schema = inner;
  }
  const nullable = schema instanceof z.ZodNullable;
  while (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  return { schema, nullable };
}

/**
 * Why `value` is no value for the numeric (or one-of-a-list) setting `key`, or for the time zone, in words naming what
 * is allowed; null when it is one, or when the setting is of another kind (the service's own checks word those).
 */
export function settingRangeProblem(key: string, value: unknown): string | null {
  const shown = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
  // A zone is known or not from its name alone (Intl's list, as the settings service asks it): no data needed.
  if (key === 'timeZone') {
    return typeof value === 'string' && isValidTimeZone(value) ? null : `timeZone needs a time zone Timelock knows, an IANA name such as Europe/Berlin or America/New_York, not ${shown}.`;
  }
  if (key === HOURS_ALIAS) {
    const max = weeklyCapMaxMinutes() / 60;
    const hours = hoursOf(value);
    const fits = hours !== null && hours >= 0 && hours <= max;
    return fits ? null : `${HOURS_ALIAS} needs a number of hours from 0 to ${max}, e.g. 35, 37.5 or 37:30, not ${shown}.`;
  }
  if (key === 'workWindows') {
    // The whole week's windows: said as the shape they take, not as the request's field path.
    const parsed = workWindowsSchema.safeParse(value);
    if (parsed.success) return null;
    const first = parsed.error.issues[0]!;
    const where = first.path.length >= 1 && typeof first.path[0] === 'number' ? ` (${WEEKDAY_LONG[first.path[0]]}: ${first.message})` : '';
    return `workWindows needs 7 lists of windows, Sunday first, each window like {"start":"09:00","end":"17:00"}, e.g. [[],[{"start":"09:00","end":"17:00"}],[],[],[],[],[]]; not ${shown}${where}.`;
  }
  const found = schemaAt(key);
  if (!found) return null;
  const { schema, nullable } = found;
  if (nullable && value === null) return null;
  // A word from a list (lockMode: off, soft or hard).
  if (schema instanceof z.ZodEnum) {
    const choices = schema.options.map(String);
    if (choices.includes(value as string)) return null;
    return `${key} needs ${oneOf(choices)}, not ${shown}.`;
  }
  if (schema instanceof z.ZodUnion) {
    const choices = schema.options.map((option) => (option instanceof z.ZodLiteral ? option.value : undefined));
    if (!choices.every((c): c is number => typeof c === 'number')) return null;
    if (choices.includes(value as number)) return null;
    const words = choices.map((c) => (key === 'weekStartsOn' ? `${c} (${WEEKDAY_LONG[c]})` : String(c)));
    return `${key} needs ${oneOf(words)}, not ${shown}.`;
  }
  if (!(schema instanceof z.ZodNumber)) return shapeProblem(key, schema, value, shown);
  const min = schema.minValue ?? -Infinity;
  const max = schema.maxValue ?? Infinity;
  const whole = schema.isInt;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value))) return null;
  const kind = (whole && KINDS.find(([suffix]) => key.endsWith(suffix))?.[1]) || (whole ? 'a whole number' : 'a number');
  const hours = kind.endsWith('minutes') && max % 60 === 0 && max >= 120 ? ` (${max / 60} hours)` : '';
  const none = nullable ? ', or null for none' : '';
  return `${key} needs ${kind} from ${min} to ${max}${hours}${none}, not ${shown}.`;
}

/**
 * A value of the wrong shape for a setting of another kind (a clock time, quietHours' pair), said with what the schema
 * expects ("quietHours.start needs a time as HH:mm (00:00 to 23:59), not '25:00'.") or what a pair lacks
 * ("quietHours.end is missing in …"). Only those are said this way; other refusals (windows that clash) are the
 * service's, in its words.
 */
function shapeProblem(key: string, schema: z.ZodType, value: unknown, shown: string): string | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const at = [key, ...issue.path.map(String)].join('.');
  const part = issue.path.reduce<unknown>((inner, step) => (inner !== null && typeof inner === 'object' ? (inner as Record<PropertyKey, unknown>)[step] : undefined), value);
  if (issue.code === 'invalid_type' && issue.path.length > 0 && part === undefined) return `${at} is missing in ${shown}.`;
  if (!issue.message.startsWith('expected ')) return null;
  const given = issue.path.length > 0 ? ` in ${shown}` : `, not ${shown}`;
  return `${at} needs ${issue.message.slice('expected '.length)}${given}.`;
}

/** "a, b or c": the choices a setting takes. */
const oneOf = (choices: readonly string[]) => `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;

function weeklyCapMaxMinutes(): number {
  const found = schemaAt('weeklyCapMinutes');
  return found && found.schema instanceof z.ZodNumber ? (found.schema.maxValue ?? 0) : 0;
}
