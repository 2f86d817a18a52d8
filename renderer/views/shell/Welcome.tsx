// The first-run welcome, above Today in a new data folder: three steps (the weekly cap, the work windows, the
// categories), each saved as it is left, skippable at any step, and shown once: settings.welcomePending goes false
// when it is finished or skipped. The step is a setting too (welcomeStep), saved with the step left, so a reload or a
// restart resumes where the person was. Not a dialog: the window stays usable around it.
import { useId, useState, type FormEvent } from 'react';
import type { WELCOME_STEP_COUNT } from '../../../shared/modelNames';
import type { SettingsPatch } from '../../state/appStore';
import { useAppEnv, useAppState } from '../../AppEnv';
import { AREA_NAMES } from '../../charts/areaColors';
import { describeError } from '../../format/describeError';
import { parseHours } from '../../format/parseHours';
import { formatNumber } from '../../format/formatNumber';

const STEPS = ['Your weekly cap', 'When you work', 'What you track'] as const satisfies { length: typeof WELCOME_STEP_COUNT };
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function Welcome() {
  const { stores, locale } = useAppEnv();
  const settings = useAppState((state) => state.settings);
  const categories = useAppState((state) => state.categories);
  const error = useAppState((state) => state.errors.settings);
  const ids = { heading: useId(), cap: useId(), from: useId(), to: useId(), problem: useId() };
  const step = Math.min(settings?.welcomeStep ?? 0, STEPS.length - 1);
  const firstWindow = settings?.workWindows.find((day) => day.length > 0)?.[0] ?? { start: '09:00', end: '17:00' };
  const [cap, setCap] = useState(() => formatNumber((settings?.weeklyCapMinutes ?? 2100) / 60, locale, { maximumFractionDigits: 2, useGrouping: false }));
  const [from, setFrom] = useState(firstWindow.start);
  const [to, setTo] = useState(firstWindow.end);
  const [problem, setProblem] = useState('');
  /** The overnight day ("17:00 until 09:00") the person was told about: Next again with the same times keeps it. */
  const [overnightTold, setOvernightTold] = useState('');
  if (!settings?.welcomePending) return null;

  const save = async (patch: SettingsPatch) => stores.app.getState().updateSettings(patch);
  // The welcome goes once saved, with the button that finished it: focus moves to Today's heading, below it, instead
  // of being left on the page's body.
  const finish = async () => {
    if (await save({ welcomePending: false })) document.getElementById('today-heading')?.focus();
  };
  // Each step is saved with the step that follows it, in one request: the welcome moves on when the saved settings
  // come back, and a refused save leaves it where it was.
  const next = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    if (step === 0) {
      const hours = parseHours(cap);
      if (hours === null || hours > 168) return setProblem('Enter the cap as a number of hours from 0 to 168, for example 35.');
      await save({ weeklyCapMinutes: Math.round(hours * 60), welcomeStep: 1 });
    } else if (step === 1) {
      if (!HHMM.test(from) || !HHMM.test(to)) return setProblem('Enter both times, for example 09:00 and 17:00.');
      // A day that ends before it starts runs overnight: right for a night shift, and an 80-hour week of windows for
      // someone who typed 5:00 for 17:00. Said first, kept when asked again.
      if (to <= from && overnightTold !== `${from}-${to}`) {
        setOvernightTold(`${from}-${to}`);
        const what = to === from ? 'is a 24-hour work day, from one day into the next' : 'runs overnight, past midnight into the next day';
        return setProblem(`${from} until ${to} ${what}. If you mean it, press Next again to keep it; if not, change the times.`);
      }
      // Monday to Friday get the window; the weekend keeps what it had (none, by default).
      const workWindows = settings.workWindows.map((day, weekday) => (weekday >= 1 && weekday <= 5 ? [{ start: from, end: to }] : day));
      await save({ workWindows, welcomeStep: 2 });
    } else await finish();
  };

  return (
    <section className="welcome" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Welcome to Timelock</h2>
      <p className="intro">
        Three steps to fit it to you; everything can be changed later in Settings. Step {step + 1} of 3: {STEPS[step]}.
      </p>
      <ol className="welcome-steps" aria-label="Steps">
        {STEPS.map((name, i) => (
          <li key={name} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : undefined}>
            {name}
          </li>
        ))}
      </ol>
      <form onSubmit={(event) => void next(event)} aria-label={STEPS[step]}>
        {step === 0 && (
          <div className="field">
            <label htmlFor={ids.cap}>Work hours a week, at most</label>
            <input id={ids.cap} type="text" inputMode="decimal" autoComplete="off" value={cap} onChange={(event) => setCap(event.target.value)} aria-describedby={problem ? ids.problem : undefined} />
            <p className="hint">Timelock warns you as the week nears it, and can lock work past it.</p>
          </div>
        )}
        {step === 1 && (
          <div className="field-row">
            <div className="field">
              <label htmlFor={ids.from}>Work day from</label>
              <input id={ids.from} type="time" value={from} onChange={(event) => setFrom(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={ids.to}>until</label>
              <input id={ids.to} type="time" value={to} onChange={(event) => setTo(event.target.value)} />
            </div>
            <p className="hint">Monday to Friday. Work outside these hours counts as off-hours; days can differ in Settings › Work windows.</p>
          </div>
        )}
        {step === 2 && (
          <>
            <p>You track time in these categories, each in one life area. Rename them, add more or archive them in Settings › Categories.</p>
            <ul className="welcome-categories">
              {categories
                .filter((c) => !c.archived)
                .map((c) => (
                  <li key={c.id}>
                    <span className="swatch" aria-hidden="true" style={{ background: c.color }} />
                    {c.name} <span className="hint">({AREA_NAMES[c.area].toLowerCase()})</span>
                  </li>
                ))}
            </ul>
          </>
        )}
        {problem && (
          <p id={ids.problem} className="field-error" role="alert">
            {problem}
          </p>
        )}
        {error && !problem && (
          <p className="field-error" role="alert">
            {describeError(error, locale)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit">{step === 2 ? 'Start using Timelock' : 'Next'}</button>
          <button type="button" className="quiet-link" onClick={() => void finish()}>
            Skip the welcome
          </button>
        </div>
      </form>
    </section>
  );
}
