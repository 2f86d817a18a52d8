// The weekly cap with its history: the steps of the timeline (past, in force now, upcoming), and a change dated from
// this week, next week or a chosen week. Labels and states come from the service; the view only shows them.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatDate, localDateOf, DAY } from '../../../shared/domain/time';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { parseHours } from '../../format/parseHours';

type When = 'this' | 'next' | 'chosen';
const STATE_WORDS = { past: 'past', current: 'in force now', upcoming: 'upcoming' } as const;

export function BoundaryTimeline() {
  const { stores, clock } = useAppEnv();
  const settings = useAppState((state) => state.settings);
  const steps = useSlice('boundaries', (state) => state.steps);
  const [hours, setHours] = useState('');
  const [when, setWhen] = useState<When>('this');
  const [week, setWeek] = useState('');
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const ids = { hours: useId(), week: useId(), legend: useId(), explain: useId() };

  // The timeline follows the settings: another window's change reloads them, and this list with them.
  useEffect(() => {
    if (settings) void stores.boundaries.getState().load();
  }, [settings, stores]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseHours(hours);
    if (value === null || value > 168) return setMessage({ kind: 'error', text: 'Enter the weekly cap as a number of hours from 0 to 168, for example 28.' });
    if (when === 'chosen' && week.trim() === '') return setMessage({ kind: 'error', text: 'Enter the week the change starts, for example 2027-W10 or a date in it.' });
    // Next week: any date seven days from now lies in it; the service finds the week it names.
    const from = when === 'this' ? undefined : when === 'next' ? formatDate(localDateOf(clock() + 7 * DAY, settings!.timeZone)) : week.trim();
    const saved = await stores.boundaries.getState().set({ values: { weeklyCapMinutes: Math.round(value * 60) }, ...(from ? { from } : {}) });
    const error = stores.boundaries.getState().error;
    setMessage(saved ? { kind: 'saved', text: `Weekly cap of ${value} h saved.` } : { kind: 'error', text: error ? describeError(error) : 'Not saved.' });
    if (saved) setHours('');
  };

  const edit = (from: string, capMinutes: number) => {
    setWhen('chosen');
    setWeek(from);
    setHours(String(capMinutes / 60));
  };

  const remove = async (from: string) => {
    const removed = await stores.boundaries.getState().removeStep(from);
    const error = stores.boundaries.getState().error;
    setMessage(removed ? { kind: 'saved', text: `The step from ${from} is removed.` } : { kind: 'error', text: error ? describeError(error) : 'Not removed.' });
  };

  return (
    <div className="boundary-timeline">
      <h4>Weekly cap over time</h4>
      <p id={ids.explain} className="hint">
        A change holds from the week you choose until the next step, so past weeks keep the cap they were lived with. A
        return to work after a break can be a ramp: a few steps, such as 20 h now, 28 h from one week and 35 h from a later
        one.
      </p>
      <ol aria-label="Weekly cap steps">
        {steps.map((step) => (
          <li key={step.from}>
            From {step.from}: {step.weeklyCapMinutes / 60} h a week ({STATE_WORDS[step.state]})
            {step.state === 'upcoming' && (
              <>
                {' '}
                <button type="button" onClick={() => edit(step.from, step.weeklyCapMinutes)}>
                  Edit the step from {step.from}
                </button>{' '}
                <button type="button" onClick={() => void remove(step.from)}>
                  Remove the step from {step.from}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      <form aria-label="Change the weekly cap from a week" onSubmit={(event) => void submit(event)} aria-describedby={ids.explain}>
        <label htmlFor={ids.hours}>New weekly cap (hours)</label>
        <input id={ids.hours} name="timelineCapHours" type="text" inputMode="decimal" autoComplete="off" value={hours} onChange={(e) => setHours(e.target.value)} />
        <fieldset aria-labelledby={ids.legend}>
          <legend id={ids.legend}>From when</legend>
          {(
            [
              ['this', 'This week'],
              ['next', 'Next week'],
              ['chosen', 'A chosen week'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="timelineFrom" value={value} checked={when === value} onChange={() => setWhen(value)} /> {label}
            </label>
          ))}
          {when === 'chosen' && (
            <>
              <label htmlFor={ids.week}>Week (2027-W10, or a date in it)</label>
              <input id={ids.week} name="timelineWeek" type="text" autoComplete="off" value={week} onChange={(e) => setWeek(e.target.value)} />
            </>
          )}
        </fieldset>
        <button type="submit">Save from then on</button>
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'saved'}>
            {message.text}
          </p>
        )}
      </form>
    </div>
  );
}
