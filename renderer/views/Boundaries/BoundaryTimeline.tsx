// The weekly cap with its history: the steps of the timeline (past, in force now, upcoming), and a change dated from
// this week, next week or a chosen week. Labels and states come from the service; the view only shows them. The
// change typed and not saved yet is kept as a draft, so leaving Settings keeps it and the page counts it as unsaved.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BoundaryStep } from '../../../shared/contract';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { parseHours } from '../../format/parseHours';
import { formatHours } from '../../format/formatHours';
import { formatNumber } from '../../format/formatNumber';
import { useTypedDraft } from '../Settings/useTypedDraft';
import { FromWhen, fromOf, type When } from './FromWhen';
import { FormResult } from '../shell/FormResult';
import { UnsavedMark } from '../Settings/UnsavedMark';

const BLANK = { hours: '', when: 'this' as When, week: '' };

const STATE_WORDS = { past: 'past', current: 'in force now', upcoming: 'upcoming' } as const;

/** A step's cap in hours to two decimals: exact for whole and half hours, and read back to the same minutes (a
 * hundredth of an hour is 0.6 min), where minutes / 60 wrote 37.333333333333336 for a cap typed as 37.33. */
const capHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The rest of a step in words: its daily cap, how much window time its week holds, and its targets. */
function stepDetails(step: BoundaryStep, locale: string | undefined): string {
  const days = step.workWindows.filter((day) => day.length > 0).length;
  // A window that ends at or before its start runs past midnight.
  const windowMinutes = step.workWindows.flat().reduce((sum, w) => sum + ((minutesOf(w.end) - minutesOf(w.start) + 24 * 60) % (24 * 60) || 24 * 60), 0);
  const daily = step.dailyCapMinutes === null ? 'no daily cap' : `daily cap ${formatHours(step.dailyCapMinutes, locale)}`;
  const windows = days === 0 ? 'no work windows' : `work windows ${formatHours(windowMinutes, locale)} over ${days} day${days === 1 ? '' : 's'}`;
  return `${daily} · ${windows} · fitness ${formatHours(step.targets.fitnessMinutes, locale)}, family ${formatHours(step.targets.familyMinutes, locale)} a week`;
}

export function BoundaryTimeline() {
  const { stores, clock, locale } = useAppEnv();
  const settings = useAppState((state) => state.settings);
  const steps = useSlice('boundaries', (state) => state.steps);
  const draft = useTypedDraft<{ hours: string; when: When; week: string }>('weekly-cap-step', 'Change the weekly cap from a week', BLANK);
  const { hours, when, week } = draft.value;
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const ids = { hours: useId(), explain: useId() };

  // The timeline follows the settings: another window's change reloads them, and this list with them.
  useEffect(() => {
    if (settings) void stores.boundaries.getState().load();
  }, [settings, stores]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseHours(hours);
    if (value === null || value > 168) return setMessage({ kind: 'error', text: 'Enter the weekly cap as a number of hours from 0 to 168, for example 28.' });
    const chosen = fromOf({ when, week }, clock(), settings!.timeZone);
    if ('error' in chosen) return setMessage({ kind: 'error', text: chosen.error });
    const saved = await stores.boundaries.getState().set({ values: { weeklyCapMinutes: Math.round(value * 60) }, ...chosen });
    const error = stores.boundaries.getState().error;
    setMessage(saved ? { kind: 'saved', text: `Weekly cap of ${value} h saved.` } : { kind: 'error', text: error ? describeError(error) : 'Not saved.' });
    if (saved) draft.clear();
  };

  const edit = (from: string, capMinutes: number) => draft.set({ hours: String(capHours(capMinutes)), when: 'chosen', week: from });

  const remove = async (from: string) => {
    const removed = await stores.boundaries.getState().removeStep(from);
    const error = stores.boundaries.getState().error;
    setMessage(removed ? { kind: 'saved', text: `The step from ${from} is removed.` } : { kind: 'error', text: error ? describeError(error) : 'Not removed.' });
  };

  return (
    <div className="boundary-timeline">
      <h4>Your boundaries over time</h4>
      <p id={ids.explain} className="hint">
        The weekly cap, the daily cap, the work windows and the targets each change from the week you choose (this week
        unless you pick another) until a later step that sets it another way, so past weeks keep the figures they were
        lived with. A
        return to work after a break can be a ramp: a few steps, such as 20 h now, 28 h from one week and 35 h from a later
        one.
      </p>
      <ol aria-label="Weekly cap steps">
        {steps.map((step) => (
          <li key={step.from}>
            From {step.from}: {formatNumber(capHours(step.weeklyCapMinutes), locale, { maximumFractionDigits: 2 })} h a week ({STATE_WORDS[step.state]})
            <span className="step-details"> · {stepDetails(step, locale)}</span>
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
      <form className="settings-form" aria-label="Change the weekly cap from a week" onSubmit={(event) => void submit(event)} aria-describedby={ids.explain}>
        <label htmlFor={ids.hours}>New weekly cap (hours)</label>
        <input id={ids.hours} name="timelineCapHours" type="text" inputMode="decimal" autoComplete="off" value={hours} onChange={(e) => draft.set({ ...draft.value, hours: e.target.value })} />
        <FromWhen name="timelineFrom" value={{ when, week }} onChange={(next) => draft.set({ ...draft.value, ...next })} />
        <button type="submit">Save from then on</button>
        <UnsavedMark shown={draft.typed} onUndo={draft.clear} />
        <FormResult message={message} />
      </form>
    </div>
  );
}
