// Work windows per weekday: add, remove, and copy Monday's to every weekday. Work outside them counts as off-hours.
import type { WorkWindow } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';
import { weekdayNames, weekdayOrder } from '../../format/weekdayNames';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm, type SaveStep } from './useSettingsForm';
import { FromWhen } from '../Boundaries/FromWhen';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const MONDAY = 1;
const WEEKDAYS = [1, 2, 3, 4, 5];

export function WorkWindowsForm() {
  const { locale } = useAppEnv();
  const names = weekdayNames(locale);
  const form = useSettingsForm('Work windows', (s) => ({ windows: s.workWindows, weekStartsOn: s.weekStartsOn }));
  const windows = form.value.windows;
  const setDay = (weekday: number, next: WorkWindow[]) => form.change({ ...form.value, windows: windows.map((day, i) => (i === weekday ? next : day)) });
  const copyMonday = () => form.change({ ...form.value, windows: windows.map((day, i) => (WEEKDAYS.includes(i) ? (windows[MONDAY] ?? []).map((w) => ({ ...w })) : day)) });
  const check = (): SaveStep => {
    const bad = windows.flat().some((w) => !HHMM.test(w.start) || !HHMM.test(w.end));
    if (bad) return form.refuse('Give every window a start and an end time, for example 09:00 and 17:00.');
    return form.saveFrom({ workWindows: windows }, 'Work windows saved.');
  };
  return (
    <SettingsFormShell label="Work windows" check={check} message={form.message} dirty={form.dirty} onReset={form.reset}>
      <button type="button" onClick={copyMonday}>
        Copy {names[MONDAY]} to all weekdays
      </button>
      <ul className="work-windows">
        {weekdayOrder(form.value.weekStartsOn).map((weekday) => {
          const day = windows[weekday] ?? [];
          return (
            <li key={weekday}>
              <fieldset>
                <legend>{names[weekday]}</legend>
                {day.length === 0 && <p className="hint">No work window: all work this day counts as off-hours.</p>}
                {day.map((window, i) => (
                  <div key={i} className="window-row">
                    <label>
                      From
                      <input
                        type="time"
                        value={window.start}
                        aria-label={`${names[weekday]}, window ${i + 1}, from`}
                        onChange={(event) => setDay(weekday, day.map((w, j) => (j === i ? { ...w, start: event.target.value } : w)))}
                      />
                    </label>
                    <label>
                      to
                      <input
                        type="time"
                        value={window.end}
                        aria-label={`${names[weekday]}, window ${i + 1}, to`}
                        onChange={(event) => setDay(weekday, day.map((w, j) => (j === i ? { ...w, end: event.target.value } : w)))}
                      />
                    </label>
                    <button type="button" aria-label={`Remove ${names[weekday]} window ${i + 1}`} onClick={() => setDay(weekday, day.filter((_, j) => j !== i))}>
                      Remove
                    </button>
                  </div>
                ))}
                {day.length < 8 && (
                  <button type="button" className="quiet" aria-label={`Add window on ${names[weekday]}`} onClick={() => setDay(weekday, [...day, { start: '09:00', end: '17:00' }])}>
                    Add window
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p className="hint">A window that ends at or before its start runs past midnight into the next day.</p>
      <FromWhen name="workWindowsFrom" value={form.from} onChange={form.setFrom} />
    </SettingsFormShell>
  );
}
