// Quiet hours (no nudges), the hour after which work counts as late, and how long without input counts as away.
import { useId } from 'react';
import { lateWorkHourChangeWords } from '../../../shared/domain/words';
import { useAppState } from '../../AppEnv';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm, type SaveStep } from './useSettingsForm';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function QuietHoursForm() {
  const ids = { on: useId(), start: useId(), end: useId(), late: useId(), idle: useId(), idleHint: useId() };
  const form = useSettingsForm('Quiet hours and idle time', (s) => ({
    on: s.quietHours !== null,
    start: s.quietHours?.start ?? '22:00',
    end: s.quietHours?.end ?? '07:00',
    late: String(s.lateWorkHour),
    idle: String(s.idleThresholdMinutes),
  }));
  const { value } = form;
  // The late hour is not dated: the late work of every week, lived ones too, is counted from the new one. Said on save.
  const savedLate = useAppState((state) => state.settings?.lateWorkHour);
  const check = (): SaveStep => {
    const late = Number(value.late);
    const idle = Number(value.idle);
    if (value.on && (!HHMM.test(value.start) || !HHMM.test(value.end))) return form.refuse('Give quiet hours a start and an end time, for example 22:00 and 07:00.');
    if (!Number.isInteger(late) || late < 12 || late > 24) return form.refuse('Late work starts at a whole hour from 12 to 24.');
    if (!Number.isInteger(idle) || idle < 1 || idle > 240) return form.refuse('Away after a whole number of minutes from 1 to 240.');
    const savedText = ['Quiet hours, late work and idle time saved.', ...(savedLate !== undefined && late !== savedLate ? [lateWorkHourChangeWords(late)] : [])].join(' ');
    return form.save({ quietHours: value.on ? { start: value.start, end: value.end } : null, lateWorkHour: late, idleThresholdMinutes: idle }, savedText);
  };
  return (
    <SettingsFormShell label="Quiet hours and idle time" check={check} message={form.message} dirty={form.dirty} onReset={form.reset}>
      <div className="choice">
        <input type="checkbox" id={ids.on} checked={value.on} onChange={(event) => form.change({ ...value, on: event.target.checked })} />
        <label htmlFor={ids.on}>Quiet hours: no nudges between</label>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.start}>Quiet from</label>
          <input id={ids.start} type="time" disabled={!value.on} value={value.start} onChange={(event) => form.change({ ...value, start: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.end}>Quiet until</label>
          <input id={ids.end} type="time" disabled={!value.on} value={value.end} onChange={(event) => form.change({ ...value, end: event.target.value })} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.late}>Work counts as late after (hour, 12–24)</label>
          <input id={ids.late} type="number" min={12} max={24} value={value.late} onChange={(event) => form.change({ ...value, late: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.idle}>Away after no input for (minutes)</label>
          <input id={ids.idle} type="number" min={1} max={240} value={value.idle} aria-describedby={ids.idleHint} onChange={(event) => form.change({ ...value, idle: event.target.value })} />
          <p id={ids.idleHint} className="hint">
            Then Timelock asks whether to keep the time away (desktop app).
          </p>
        </div>
      </div>
    </SettingsFormShell>
  );
}
