// How firmly the caps and work windows hold, with a plain explanation of each mode, and how unlocks work.
import { useId } from 'react';
import type { LockMode } from '../../../shared/model';
import { LOCK_MODES } from '../../../shared/modelNames';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm, type SaveStep } from './useSettingsForm';

export const LOCK_MODE_TEXT: Record<LockMode, { name: string; explanation: string }> = {
  off: { name: 'Off', explanation: 'Timelock tracks your time and nudges you, but never stands in your way.' },
  soft: {
    name: 'Soft',
    explanation: 'Work past a cap or outside your work windows asks you for a reason first. You can always go ahead; the reason is kept with the entry.',
  },
  hard: {
    name: 'Hard',
    explanation:
      'Work past a cap or outside your work windows is refused, and a running work timer stops at the limit. An unlock (a reason, a short wait, a limited time) lets you through, and is logged.',
  },
};

interface Draft {
  lockMode: LockMode;
  cooldown: string;
  duration: string;
}

export function LockModeForm() {
  const name = useId();
  const cooldownId = useId();
  const durationId = useId();
  const form = useSettingsForm<Draft>('Lock mode', (s) => ({ lockMode: s.lockMode, cooldown: String(s.unlockCooldownSeconds), duration: String(s.unlockDurationMinutes) }));
  const { value } = form;
  const check = (): SaveStep => {
    const cooldown = Number(value.cooldown);
    const duration = Number(value.duration);
    if (!Number.isInteger(cooldown) || cooldown < 0 || cooldown > 3600) return form.refuse('The unlock cool-down is a whole number of seconds from 0 to 3600.');
    if (!Number.isInteger(duration) || duration < 1 || duration > 1440) return form.refuse('An unlock lasts a whole number of minutes from 1 to 1440.');
    return form.save({ lockMode: value.lockMode, unlockCooldownSeconds: cooldown, unlockDurationMinutes: duration }, `Lock mode saved: ${LOCK_MODE_TEXT[value.lockMode].name}.`);
  };
  return (
    <SettingsFormShell label="Lock mode" check={check} message={form.message} dirty={form.dirty} onReset={form.reset}>
      <fieldset>
        <legend>Lock mode</legend>
        {LOCK_MODES.map((mode) => (
          <div key={mode} className="choice">
            <input
              type="radio"
              id={`${name}-${mode}`}
              name={name}
              checked={value.lockMode === mode}
              onChange={() => form.change({ ...value, lockMode: mode })}
              aria-describedby={`${name}-${mode}-text`}
            />
            <label htmlFor={`${name}-${mode}`}>{LOCK_MODE_TEXT[mode].name}</label>
            <p id={`${name}-${mode}-text`} className="hint">
              {LOCK_MODE_TEXT[mode].explanation}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={cooldownId}>Unlock cool-down (seconds)</label>
          <input id={cooldownId} type="number" min={0} max={3600} value={value.cooldown} onChange={(event) => form.change({ ...value, cooldown: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={durationId}>Unlock lasts (minutes)</label>
          <input id={durationId} type="number" min={1} max={1440} value={value.duration} onChange={(event) => form.change({ ...value, duration: event.target.value })} />
        </div>
      </div>
    </SettingsFormShell>
  );
}
