// Which nudges Timelock sends, each explained, with the thresholds that decide when.
import { useId } from 'react';
import type { NudgeKind, Settings } from '../../../shared/model';
import { NUDGE_KINDS } from '../../../shared/modelNames';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm, type SaveStep } from './useSettingsForm';

export const NUDGE_TEXT: Record<NudgeKind, string> = {
  'window-ending': 'Your work window is about to end',
  'off-hours-work': 'A work timer runs outside your work windows',
  'cap-warning': 'The weekly cap is nearly used',
  'cap-reached': 'The weekly cap is reached',
  'daily-cap-reached': 'The daily cap is reached',
  'wrap-up': 'Time to wrap up for the day',
  'fitness-gap': 'Some days without fitness time',
  'family-gap': 'Some days without family time',
  'weekend-work': 'Work on a weekend day',
  'lock-stopped': 'The hard lock stopped a timer',
  'box-starting': 'A planned box is about to start',
  'box-ending': 'A planned box is ending',
  'box-missed': 'A planned box went by without its timer',
};

type Thresholds = Required<Omit<Settings['nudges'], 'enabled'>>;
/** Settings saved before box nudges existed have no lead time: the main process reads that as 5 minutes. */
const BOX_STARTING_DEFAULT = 5;
const THRESHOLDS: Array<{ key: keyof Thresholds; label: string; min: number; max: number }> = [
  { key: 'windowEndingMinutes', label: 'Warn before a work window ends (minutes)', min: 1, max: 240 },
  { key: 'boxStartingMinutes', label: 'Nudge before a planned box starts (minutes)', min: 1, max: 240 },
  { key: 'capWarningPercent', label: 'Warn when this share of the weekly cap is used (%)', min: 1, max: 100 },
  { key: 'fitnessGapDays', label: 'Days without fitness before a nudge', min: 1, max: 60 },
  { key: 'familyGapDays', label: 'Days without family time before a nudge', min: 1, max: 60 },
  { key: 'cooldownMinutes', label: 'At least this long between two nudges (minutes)', min: 1, max: 1440 },
];

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
            <label htmlFor={`${id}-${kind}`}>{NUDGE_TEXT[kind]}</label>
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
