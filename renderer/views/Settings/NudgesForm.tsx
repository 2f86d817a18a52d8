// Which nudges Timelock sends, each explained, with the thresholds that decide when.
import { useId } from 'react';
import type { NudgeKind, Settings } from '../../../shared/model';
import { NUDGE_KINDS } from '../../../shared/modelNames';
import { NUDGE_KIND_NAMES, NUDGE_THRESHOLD_NAMES } from '../../../shared/settingNames';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm, type SaveStep } from './useSettingsForm';

type Thresholds = Required<Omit<Settings['nudges'], 'enabled'>>;
/** Settings saved before box nudges existed have no lead time: the main process reads that as 5 minutes. */
const BOX_STARTING_DEFAULT = 5;
const LIMITS: Record<keyof Thresholds, { min: number; max: number }> = {
  windowEndingMinutes: { min: 1, max: 240 },
  boxStartingMinutes: { min: 1, max: 240 },
  capWarningPercent: { min: 1, max: 100 },
  fitnessGapDays: { min: 1, max: 60 },
  familyGapDays: { min: 1, max: 60 },
  cooldownMinutes: { min: 1, max: 1440 },
};
/** Each number field with its label: the name Settings gives it elsewhere too, and the unit it is typed in. */
const THRESHOLDS = (Object.keys(LIMITS) as Array<keyof Thresholds>).map((key) => {
  const { name, unit } = NUDGE_THRESHOLD_NAMES[key];
  return { key, label: unit === 'days' ? name : `${name} (${unit})`, ...LIMITS[key] };
});

interface Draft {
  enabled: Record<NudgeKind, boolean>;
  numbers: Record<keyof Thresholds, string>;
}

export function NudgesForm() {
  const id = useId();
  const form = useSettingsForm<Draft>('Nudges', (s) => ({
    enabled: Object.fromEntries(NUDGE_KINDS.map((k) => [k, s.nudges.enabled[k] ?? true])) as Record<NudgeKind, boolean>,
    numbers: Object.fromEntries(THRESHOLDS.map((t) => [t.key, String(s.nudges[t.key] ?? BOX_STARTING_DEFAULT)])) as Record<keyof Thresholds, string>,
  }));
  const { value } = form;
  const check = (): SaveStep => {
    const numbers = {} as Thresholds;
    for (const t of THRESHOLDS) {
      const n = Number(value.numbers[t.key]);
      if (!Number.isInteger(n) || n < t.min || n > t.max) return form.refuse(`${t.label}: a whole number from ${t.min} to ${t.max}.`);
      numbers[t.key] = n;
    }
    return form.save({ nudges: { enabled: value.enabled, ...numbers } }, 'Nudge settings saved.');
  };
  return (
    <SettingsFormShell label="Nudges" check={check} message={form.message} dirty={form.dirty} onReset={form.reset}>
      <fieldset>
        <legend>Send a nudge when…</legend>
        {NUDGE_KINDS.map((kind) => (
          <div key={kind} className="choice">
            <input
              type="checkbox"
              id={`${id}-${kind}`}
              checked={value.enabled[kind]}
              onChange={(event) => form.change({ ...value, enabled: { ...value.enabled, [kind]: event.target.checked } })}
            />
            <label htmlFor={`${id}-${kind}`}>{NUDGE_KIND_NAMES[kind]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field-grid">
        {THRESHOLDS.map((t) => (
          <div key={t.key} className="field">
            <label htmlFor={`${id}-${t.key}`}>{t.label}</label>
            <input
              id={`${id}-${t.key}`}
              type="number"
              min={t.min}
              max={t.max}
              value={value.numbers[t.key]}
              onChange={(event) => form.change({ ...value, numbers: { ...value.numbers, [t.key]: event.target.value } })}
            />
          </div>
        ))}
      </div>
    </SettingsFormShell>
  );
}
