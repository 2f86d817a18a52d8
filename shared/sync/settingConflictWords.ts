// A setting changed on two computers at once, in words a person can act on: which setting, as Settings names it, and
// both values, the kept one first. A setting made of parts (the nudges, the work windows, the targets) names only the
// parts that differ.
import { MINUTE } from '../domain/time';
import { WEEKDAY_LONG, capitalize, durationWords } from '../domain/words';
import { NUDGE_KINDS, settingsSchema, type Settings } from '../model';
import { WELCOME_STEP_COUNT } from '../modelNames';
import { NUDGE_KIND_NAMES, NUDGE_THRESHOLD_NAMES, SETTING_NAMES, type NudgeThreshold } from '../settingNames';
import { canonicalJson, type JsonValue } from './canonicalJson';

/** One part that differs: its name within the setting (none for a plain setting) and both values in words. */
interface Difference {
  part?: string;
  kept: string;
  other: string;
}

const THEME_WORDS: Record<Settings['theme'], string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/**
 * "Lock mode was changed on both computers: kept Hard (the later change) over Soft." `kept` and `other` are the two
 * stored values (null or absent: the setting was removed, as by an older version that did not have it).
 */
export function settingConflictMessage(key: string, kept: JsonValue | undefined, other: JsonValue | undefined): string {
  const told = settingParts(key, kept, other);
  if (!told) return `The setting "${key}" was changed on both computers; kept the later change.`;
  const said = told.parts.map((p, i) => `kept ${p.part ? `${p.part} ` : ''}${p.kept}${i === 0 ? ' (the later change)' : ''} over ${p.other}`);
  return `${told.name} was changed on both computers: ${said.join('; ')}.`;
}

/**
 * "Lock mode Soft (this computer had Off)": a setting a computer joining sync took from the others, which share it.
 * `taken` and `had` are the stored values.
 */
export function settingTakenWords(key: string, taken: JsonValue | undefined, had: JsonValue | undefined): string {
  const told = settingParts(key, taken, had);
  if (!told) return `the setting "${key}"`;
  return `${told.name} ${told.parts.map((p) => `${p.part ? `${p.part} ` : ''}${p.kept} (this computer had ${p.other})`).join(', ')}`;
}

/** The setting's name as Settings shows it, and the parts in which two of its values differ; null for a key it lacks. */
function settingParts(key: string, kept: JsonValue | undefined, other: JsonValue | undefined): { name: string; parts: Difference[] } | null {
  const name = (SETTING_NAMES as Record<string, string>)[key];
  if (name === undefined) return null;
  const field = key as keyof Settings;
  const a = readValue(field, kept);
  const b = readValue(field, other);
  const parts = a.ok && b.ok ? differences(field, a.value, b.value) : [{ kept: a.ok ? valueWords(field, a.value) : a.words, other: b.ok ? valueWords(field, b.value) : b.words }];
  return { name, parts };
}

type Read = { ok: true; value: unknown } | { ok: false; words: string };

function readValue(field: keyof Settings, value: JsonValue | undefined): Read {
  if (value === null || value === undefined) return field === 'dailyCapMinutes' || field === 'quietHours' ? { ok: true, value: null } : { ok: false, words: 'not set' };
  const parsed = settingsSchema.shape[field].safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, words: 'a value this version of Timelock cannot read' };
}

function differences(field: keyof Settings, kept: unknown, other: unknown): Difference[] {
  const pairs = (names: Array<[string, unknown, unknown, (v: unknown) => string]>) =>
    names.filter(([, x, y]) => canonicalJson((x ?? null) as JsonValue) !== canonicalJson((y ?? null) as JsonValue)).map(([part, x, y, say]) => ({ part, kept: say(x), other: say(y) }));
  if (field === 'nudges') {
    const [x, y] = [kept, other] as Array<Settings['nudges']>;
    const onOff = (v: unknown) => (v === false ? 'off' : 'on');
    const found = pairs([
      ...NUDGE_KINDS.map((kind): [string, unknown, unknown, (v: unknown) => string] => [`“${NUDGE_KIND_NAMES[kind]}”`, x!.enabled[kind] ?? true, y!.enabled[kind] ?? true, onOff]),
      ...(Object.keys(NUDGE_THRESHOLD_NAMES) as NudgeThreshold[]).map((t): [string, unknown, unknown, (v: unknown) => string] => {
        const { name, unit } = NUDGE_THRESHOLD_NAMES[t];
        return [`“${name}”`, x![t], y![t], (v) => (v === undefined ? 'not set' : `${String(v)}${unit === '%' ? ' %' : ` ${unit}`}`)];
      }),
    ]);
    if (found.length > 0) return found;
  }
  if (field === 'workWindows') {
    const [x, y] = [kept, other] as Array<Settings['workWindows']>;
    const found = pairs(WEEKDAY_LONG.map((day, i): [string, unknown, unknown, (v: unknown) => string] => [`on ${day}`, x![i], y![i], (v) => windowsWords(v as Settings['workWindows'][number])]));
    if (found.length > 0) return found;
  }
  if (field === 'targets') {
    const [x, y] = [kept, other] as Array<Settings['targets']>;
    const hours = (v: unknown) => durationWords((v as number) * MINUTE);
    const found = pairs([
      ['for fitness', x!.fitnessMinutes, y!.fitnessMinutes, hours],
      ['for family', x!.familyMinutes, y!.familyMinutes, hours],
    ]);
    if (found.length > 0) return found;
  }
  return [{ kept: valueWords(field, kept), other: valueWords(field, other) }];
}

function windowsWords(windows: Settings['workWindows'][number]): string {
  return windows.length === 0 ? 'no window' : windows.map((w) => `${w.start}–${w.end}`).join(', ');
}

/** A whole value in words, in the unit Settings shows it in. */
export function valueWords(field: keyof Settings, value: unknown): string {
  switch (field) {
    case 'weeklyCapMinutes':
    case 'unlockDurationMinutes':
    case 'idleThresholdMinutes':
      return durationWords((value as number) * MINUTE);
    case 'dailyCapMinutes':
      return value === null ? 'no daily cap' : durationWords((value as number) * MINUTE);
    case 'unlockCooldownSeconds':
      return `${value as number} s`;
    case 'timeZone':
      return (value as string).replace(/_/g, ' ');
    case 'weekStartsOn':
      return WEEKDAY_LONG[value as Settings['weekStartsOn']];
    case 'lockMode':
      return capitalize(value as string);
    case 'theme':
      return THEME_WORDS[value as Settings['theme']];
    case 'quietHours': {
      const q = value as Settings['quietHours'];
      return q === null ? 'off' : `${q.start}–${q.end}`;
    }
    case 'lateWorkHour':
      return `${String(value as number).padStart(2, '0')}:00`;
    case 'launchAtLogin':
    case 'hideToTrayOnClose':
    case 'globalShortcut':
      return value ? 'on' : 'off';
    case 'welcomePending':
      return value ? 'not finished' : 'finished';
    case 'welcomeStep':
      return `step ${(value as number) + 1} of ${WELCOME_STEP_COUNT}`;
    case 'workWindows':
      return (value as Settings['workWindows']).every((day) => day.length === 0) ? 'no work windows' : 'other hours';
    case 'targets': {
      const t = value as Settings['targets'];
      return `fitness ${durationWords(t.fitnessMinutes * MINUTE)}, family ${durationWords(t.familyMinutes * MINUTE)}`;
    }
    default:
      return 'another value';
  }
}
