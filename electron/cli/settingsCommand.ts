// `timelock settings get|set|history`: reads or changes one setting through the service channels, so their checks
// apply (a time zone it knows, windows that do not clash). Dotted keys reach into grouped settings
// (targets.fitnessMinutes). The cap, daily cap, windows and targets are dated: set from a week on, read for a week.
import { defaultSettings } from '../../shared/defaults';
import type { RequestOf } from '../../shared/contract';
import type { Settings } from '../../shared/model';
import { BOUNDARY_SET_KEYS, type BoundarySetKey } from '../../shared/modelNames';
import type { Command } from './command';
import { UsageError } from './cliErrors';
import { historyText } from './settingsHistory';
import { checkWeek } from './checkDate';
import { durationWords, lateWorkHourChangeWords, weekStartChangeWords, zoneChangeWords } from '../../shared/domain/words';
import { MINUTE } from '../../shared/domain/time';
import { stepRemovedWords } from '../../shared/domain/livedWeeks';
import { HOURS_ALIAS, hoursOf, settingRangeProblem } from './settingRange';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every key, top-level and dotted, that names a setting: taken from the defaults, so a new setting is known at once. */
function settingKeys(): { top: string[]; all: Set<string> } {
  const defaults = defaultSettings('UTC') as unknown as Plain;
  const all = new Set<string>([HOURS_ALIAS]);
  const walk = (value: Plain, prefix: string) => {
    for (const [key, inner] of Object.entries(value)) {
      // The timeline and the days off are no single value (CHANGED_ELSEWHERE): not offered as keys to set.
      if (prefix === '' && Object.hasOwn(CHANGED_ELSEWHERE, key)) continue;
      all.add(prefix + key);
      if (isPlain(inner)) walk(inner, `${prefix}${key}.`);
    }
  };
  walk(defaults, '');
  return { top: [...Object.keys(defaults).filter((key) => all.has(key)), HOURS_ALIAS], all };
}

/**
 * Kept with the settings, so `settings get` lists them and `get KEY` reads them, but no single value to set: other
 * commands change them, named when `set` is asked to.
 */
const CHANGED_ELSEWHERE: Readonly<Record<string, string>> = {
  timeline: 'settings set KEY VALUE --from WEEK adds a step to it and settings history remove WEEK removes one',
  daysOff: 'timelock dayoff add and remove change them',
};

function checkKey(key: string | undefined, action: 'get' | 'set'): void {
  if (key === undefined) return;
  if (Object.hasOwn(CHANGED_ELSEWHERE, key)) {
    if (action === 'get') return;
    throw new UsageError(`${key} is not set as one value: ${CHANGED_ELSEWHERE[key]}.`);
  }
  const keys = settingKeys();
  if (!keys.all.has(key)) {
    throw new UsageError(
      `Unknown setting '${key}'. Keys: ${keys.top.join(', ')}; dotted keys reach inside groups, e.g. targets.fitnessMinutes, quietHours.start, nudges.enabled.cap-warning.`,
    );
  }
}

/** The settings with a timeline: set `--from` a week, read `--week` a week. */
const DATED_KEYS = new Set([HOURS_ALIAS, 'weeklyCapMinutes', 'dailyCapMinutes', 'workWindows', 'targets', 'targets.fitnessMinutes', 'targets.familyMinutes']);

/** The values of the timeline a key names: targets are set one by one, weeklyCapHours is the cap in minutes. */
function setKeysOf(key: string): BoundarySetKey[] {
  if (key === HOURS_ALIAS) return ['weeklyCapMinutes'];
  if (key === 'targets') return ['targets.fitnessMinutes', 'targets.familyMinutes'];
  return BOUNDARY_SET_KEYS.filter((set) => set === key);
}

function valueAt(settings: Settings, key: string): unknown {
  if (key === HOURS_ALIAS) return settings.weeklyCapMinutes / 60;
  return key.split('.').reduce<unknown>((value, part) => (isPlain(value) ? value[part] : undefined), settings);
}

/**
 * The patch that sets `key` to `value` (checked by settingRangeProblem in check): a dotted key rewrites its whole group
 * with one field changed.
 */
function patchFor(settings: Settings, key: string, value: unknown): Plain {
  if (key === HOURS_ALIAS) return { weeklyCapMinutes: Math.round(hoursOf(value)! * 60) };
  const [top, ...rest] = key.split('.') as [string, ...string[]];
  if (rest.length === 0) return { [top]: value };
  // A group switched off (quiet hours: null) starts again from its default values.
  const base = (settings as unknown as Plain)[top] ?? (defaultSettings(settings.timeZone) as unknown as Plain)[top];
  const group = structuredClone(base) as Plain;
  let at = group;
  for (const part of rest.slice(0, -1)) at = at[part] as Plain;
  at[rest[rest.length - 1]!] = value;
  return { [top]: group };
}

/** VALUE as JSON when it parses (35, true, null, {"…"}), else as the string typed (Europe/Berlin, hard). */
export function parseSettingValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A value as `set` says it back: the cap in hours as the whole minutes it is kept in, in words ("35 h 20 min", as the
 * app says a cap), since 35.3333 h is kept as 2120 minutes and 2120 / 60 reads 35.333333333333336; anything else as JSON.
 */
function echoed(settings: Settings, key: string): string {
  return key === HOURS_ALIAS ? durationWords(settings.weeklyCapMinutes * MINUTE) : JSON.stringify(valueAt(settings, key));
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

export const settingsCommand: Command = {
  name: 'settings',
  summary: 'show or change settings, and the history of the cap, windows and targets',
  usage: 'timelock settings get [KEY] [--week WEEK] | set KEY VALUE [--from WEEK] | history [--json] | history remove WEEK',
  help: [
    'get [KEY]             print every setting as JSON, or one (a string as it is, anything else as JSON)',
    '  --week WEEK         the cap, daily cap, windows and targets in force in that week (default this week)',
    'set KEY VALUE         change one setting; VALUE is read as JSON when it parses (35, true, null), else as text',
    '  --from WEEK         for weeklyCapHours, weeklyCapMinutes, dailyCapMinutes, workWindows and targets: from that',
    '                      week on (default this week), until a later step that sets it its own way; a week to',
    '                      come is an upcoming step',
    'history [--json]      the spans of the cap, daily cap, windows and targets, oldest first',
    'history remove WEEK   remove the step starting in WEEK: the span before it runs on (not the first span)',
    '',
    'WEEK is 2026-W41, or a date inside the week (yyyy-MM-dd).',
    '',
    'Examples:',
    '  timelock settings set weeklyCapHours 37:30     (the cap in hours, 37.5 or 37:30; stored as weeklyCapMinutes)',
    '  timelock settings set weeklyCapHours 28 --from 2027-W10    (a return-to-work ramp: one step)',
    '  timelock settings set timeZone Europe/Berlin',
    '  timelock settings set weekStartsOn 1           (1 Monday, 0 Sunday, 6 Saturday)',
    '  timelock settings set lockMode hard            (off, soft or hard)',
    '  timelock settings set targets.fitnessMinutes 180',
  ].join('\n'),
  spec: { options: { from: 'string', week: 'string', json: 'flag' }, positionals: ['action', 'key?', 'value?'] },
  check(args) {
    const [action, key, value] = args.positionals;
    if (action === 'history') {
      if (key === undefined) return;
      if (key !== 'remove' || value === undefined) throw new UsageError('settings history takes nothing, or remove WEEK.');
      checkWeek(value, 'WEEK');
      return;
    }
    if (action === 'get') {
      if (value !== undefined) throw new UsageError(`settings get takes one KEY at most.`);
    } else if (action === 'set') {
      if (key === undefined || value === undefined) throw new UsageError('settings set needs KEY and VALUE.');
    } else {
      throw new UsageError(`settings needs 'get', 'set' or 'history', not '${action}'.`);
    }
    checkKey(key, action);
    // A value the setting cannot take (a cap past a week, a quiet hour at 25:00) needs no data to see: said in the
    // person's terms, where the request's own words would name the stored minutes and the schema's bound.
    const problem = action === 'set' ? settingRangeProblem(key!, parseSettingValue(value!)) : null;
    if (problem) throw new UsageError(problem);
    // Each option belongs to one action: taken by the other it would be ignored, and a change meant for a week to
    // come would land on this one.
    if (args.has('week') && action !== 'get') throw new UsageError('--week reads the values in force in a week (settings get KEY --week WEEK); to change a value from a week on, use --from WEEK.');
    if (args.has('from') && action !== 'set') throw new UsageError('--from dates a change (settings set KEY VALUE --from WEEK); to read the values in force in a week, use --week WEEK.');
    checkWeek(args.string('from'), '--from');
    checkWeek(args.string('week'), '--week');
    if (args.has('from') && !DATED_KEYS.has(key!)) {
      throw new UsageError(`--from dates a change to ${[...DATED_KEYS].join(', ')}; '${key ?? action}' is not dated: it holds for every week.`);
    }
  },
  async run({ args, ask, out, say }) {
    const [action, key, text] = args.positionals as [string, string | undefined, string | undefined];
    if (action === 'history') {
      if (key === 'remove') {
        const before = await ask('boundaries.history', {});
        const steps = await ask('boundaries.removeStep', { week: text! });
        say(`Removed the step of ${text}. The timeline is now: ${steps.map((s) => s.from).join(', ')}.`);
        // A step that held lived weeks, or this one: their figures are read with the step before it now, said.
        const lived = stepRemovedWords(before, steps, (await ask('boundaries.inForce', {})).week);
        if (lived) say(lived);
        return;
      }
      const steps = await ask('boundaries.history', {});
      out(args.flag('json') ? JSON.stringify(steps, null, 2) : historyText(steps));
      return;
    }
    const week = args.string('week');
    const current = await ask('settings.get', {});
    // The values of the week asked about (or this week): what a dated key reads, and what a dotted one changes.
    const inForce = await ask('boundaries.inForce', week === undefined ? {} : { week });
    const { week: _week, since: _since, daysOff: _daysOff, ...values } = inForce;
    const settings: Settings = { ...current, ...values };
    if (action === 'get') {
      out(key === undefined ? JSON.stringify(settings, null, 2) : show(valueAt(settings, key)));
      return;
    }
    const from = args.string('from');
    if (DATED_KEYS.has(key!)) {
      const base: Settings = from === undefined ? settings : { ...current, ...(await inForceValues(ask, from)) };
      const values = patchFor(base, key!, parseSettingValue(text!)) as RequestOf<'boundaries.set'>['values'];
      const steps = await ask('boundaries.set', { values, ...(from === undefined ? {} : { from }) });
      const { since, week: asked } = await ask('boundaries.inForce', from === undefined ? {} : { week: from });
      const upcoming = steps.some((s) => s.from === since && s.state === 'upcoming');
      // The first span holds from the start: a week asked before it (or before any data) changes that span, so say so
      // rather than name the week it is shown from as if the change began there.
      const first = steps[0]?.from === since;
      const holds = first ? `from the start (the first span, shown from ${since})` : `from ${since} on`;
      // A change runs on through the later steps that carried the old value, up to one that sets a value of its own:
      // say where, or a change dated back looks as if it reached every week after it.
      const at = steps.findIndex((s) => s.from === since);
      const named = setKeysOf(key!);
      const stop = steps.slice(at + 1).find((s) => (s.sets ?? []).some((set) => named.includes(set)));
      const until = stop ? `, until ${stop.from}, where a step sets its own ${key}` : '';
      const changed = { ...base, ...values } as Settings;
      const now = JSON.stringify(valueAt(changed, key!));
      say(`${key} is now ${echoed(changed, key!)} ${holds}${upcoming ? ' (an upcoming step)' : ''}${until}.`);
      // A change dated back rewrites weeks already lived: allowed (a cap set wrong from the start), but said.
      // `inForce` was asked for this week: --week is refused with set.
      if (from !== undefined && asked < inForce.week && now !== JSON.stringify(valueAt(base, key!))) {
        say(`This reaches back into weeks already lived: from ${asked}, their figures are read with it now (settings history shows the steps).`);
      }
      return;
    }
    const patch = patchFor(settings, key!, parseSettingValue(text!));
    const updated = await ask('settings.update', patch as RequestOf<'settings.update'>);
    say(`${key} is now ${JSON.stringify(valueAt(updated, key!))}.`);
    if (key === 'timeZone' && updated.timeZone !== current.timeZone) say(zoneChangeWords(updated.timeZone));
    if (key === 'weekStartsOn' && updated.weekStartsOn !== current.weekStartsOn) say(weekStartChangeWords(updated.weekStartsOn));
    if (key === 'lateWorkHour' && updated.lateWorkHour !== current.lateWorkHour) say(lateWorkHourChangeWords(updated.lateWorkHour));
  },
};

async function inForceValues(ask: Parameters<Command['run']>[0]['ask'], week: string) {
  const { week: _week, since: _since, daysOff: _daysOff, ...values } = await ask('boundaries.inForce', { week });
  return values;
}
