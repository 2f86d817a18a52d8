// `timelock settings get|set`: reads or changes one setting through settings.update, so the service's checks apply
// (a time zone it knows, windows that do not clash). Dotted keys reach into grouped settings (targets.fitnessMinutes).
import { defaultSettings } from '../../shared/defaults';
import type { RequestOf } from '../../shared/contract';
import type { Settings } from '../../shared/model';
import type { Command } from './command';
import { Refusal, UsageError } from './cliErrors';

/** Keys the CLI offers besides the stored ones: hours are how people think of the cap. */
const HOURS_ALIAS = 'weeklyCapHours';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every key, top-level and dotted, that names a setting: taken from the defaults, so a new setting is known at once. */
function settingKeys(): { top: string[]; all: Set<string> } {
  const defaults = defaultSettings('UTC') as unknown as Plain;
  const all = new Set<string>([HOURS_ALIAS]);
  const walk = (value: Plain, prefix: string) => {
    for (const [key, inner] of Object.entries(value)) {
      all.add(prefix + key);
      if (isPlain(inner)) walk(inner, `${prefix}${key}.`);
    }
  };
  walk(defaults, '');
  return { top: [...Object.keys(defaults), HOURS_ALIAS], all };
}

function checkKey(key: string | undefined): void {
  if (key === undefined) return;
  const keys = settingKeys();
  if (!keys.all.has(key)) {
    throw new UsageError(
      `Unknown setting '${key}'. Keys: ${keys.top.join(', ')}; dotted keys reach inside groups, e.g. targets.fitnessMinutes, quietHours.start, nudges.enabled.cap-warning.`,
    );
  }
}

function valueAt(settings: Settings, key: string): unknown {
  if (key === HOURS_ALIAS) return settings.weeklyCapMinutes / 60;
  return key.split('.').reduce<unknown>((value, part) => (isPlain(value) ? value[part] : undefined), settings);
}

/** The patch that sets `key` to `value`: a dotted key rewrites its whole group with one field changed. */
function patchFor(settings: Settings, key: string, value: unknown): Plain {
  if (key === HOURS_ALIAS) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Refusal(`${HOURS_ALIAS} needs a number of hours, e.g. 35 or 37.5.`);
    return { weeklyCapMinutes: Math.round(value * 60) };
  }
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

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

export const settingsCommand: Command = {
  name: 'settings',
  summary: 'show or change settings',
  usage: 'timelock settings get [KEY] | timelock settings set KEY VALUE',
  help: [
    'get [KEY]        print every setting as JSON, or one (a string as it is, anything else as JSON)',
    'set KEY VALUE    change one setting; VALUE is read as JSON when it parses (35, true, null), else as text',
    '',
    'Examples:',
    '  timelock settings set weeklyCapHours 35        (the cap in hours; stored as weeklyCapMinutes)',
    '  timelock settings set timeZone Europe/Berlin',
    '  timelock settings set weekStartsOn 1           (1 Monday, 0 Sunday, 6 Saturday)',
    '  timelock settings set lockMode hard            (off, soft or hard)',
    '  timelock settings set targets.fitnessMinutes 180',
  ].join('\n'),
  spec: { options: {}, positionals: ['action', 'key?', 'value?'] },
  check(args) {
    const [action, key, value] = args.positionals;
    if (action === 'get') {
      if (value !== undefined) throw new UsageError(`settings get takes one KEY at most.`);
    } else if (action === 'set') {
      if (key === undefined || value === undefined) throw new UsageError('settings set needs KEY and VALUE.');
    } else {
      throw new UsageError(`settings needs 'get' or 'set', not '${action}'.`);
    }
    checkKey(key);
  },
  async run({ args, ask, out, say }) {
    const [action, key, text] = args.positionals as [string, string | undefined, string | undefined];
    const settings = await ask('settings.get', {});
    if (action === 'get') {
      out(key === undefined ? JSON.stringify(settings, null, 2) : show(valueAt(settings, key)));
      return;
    }
    const patch = patchFor(settings, key!, parseSettingValue(text!));
    const updated = await ask('settings.update', patch as RequestOf<'settings.update'>);
    say(`${key} is now ${JSON.stringify(valueAt(updated, key!))}.`);
  },
};
