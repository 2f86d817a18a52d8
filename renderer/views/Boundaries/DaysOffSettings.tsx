// Days off: a date or a range with its kind and a note, listed with a way to work on that day again. A day off has
// no work window and lowers its week's cap by the day's share (the summary says by how much).
import { useId, useState, type FormEvent } from 'react';
import type { DayOff, DayOffKind } from '../../../shared/model';
import { DAY_OFF_KINDS } from '../../../shared/modelNames';
import { datesFromTo } from '../../../shared/domain/daysOff';
import { parseDate } from '../../../shared/domain/time';
import { useAppEnv, useAppState } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { useTypedDraft } from '../Settings/useTypedDraft';
import { FormResult } from '../shell/FormResult';
import { UnsavedMark } from '../Settings/UnsavedMark';
import { useDaysOffChange } from '../../state/useDaysOffChange';

/** One empty list, so the selector answers the same value until there are settings (a new [] would re-render forever). */
const NONE: readonly DayOff[] = [];

const NEW_DAYS_OFF = { from: '', to: '', kind: 'vacation' as DayOffKind, note: '' };

export function DaysOffSettings() {
  const { stores } = useAppEnv();
  const daysOff = useAppState((state) => state.settings?.daysOff ?? NONE);
  // Kept as a draft: dates and a note typed and not added yet survive leaving Settings and count as unsaved.
  const draft = useTypedDraft<{ from: string; to: string; kind: DayOffKind; note: string }>('days-off', 'Add days off', NEW_DAYS_OFF);
  const { from, to, kind, note } = draft.value;
  const change = (next: Partial<typeof draft.value>) => draft.set({ ...draft.value, ...next });
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const ids = { from: useId(), to: useId(), kind: useId(), note: useId() };

  const done = (ok: boolean, savedText: string) => {
    const error = stores.boundaries.getState().error;
    setMessage(ok ? { kind: 'saved', text: savedText } : { kind: 'error', text: error ? describeError(error) : 'Not saved.' });
  };
  const changeDaysOff = useDaysOffChange();
  /** A change of days off, and the caps it changes in weeks already lived or this one, said with "saved". */
  const saveDays = async (dates: readonly string[], send: () => Promise<boolean>, savedText: string) => {
    const changed = await changeDaysOff(dates, send);
    done(changed.ok, changed.ok && changed.caps ? `${savedText} ${changed.caps}` : savedText);
    return changed.ok;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (from === '') return setMessage({ kind: 'error', text: 'Choose the first day off.' });
    const first = parseDate(from);
    const dates = first ? datesFromTo(first, parseDate(to || from) ?? first) : [];
    const ok = await saveDays(dates, () => stores.boundaries.getState().addDaysOff({ from, ...(to ? { to } : {}), kind, ...(note ? { note } : {}) }), to && to !== from ? `Days off from ${from} to ${to} added.` : `${from} is a day off.`);
    if (!ok) return;
    draft.clear();
  };

  return (
    <div className="days-off">
      <h4>Days off</h4>
      {daysOff.length === 0 ? (
        <p className="empty">No days off.</p>
      ) : (
        <ul aria-label="Days off">
          {daysOff.map((day) => (
            <li key={day.date}>
              {day.date} · {day.kind}
              {day.note ? ` · ${day.note}` : ''}{' '}
              <button type="button" onClick={() => void saveDays([day.date], () => stores.boundaries.getState().removeDayOff(day.date), `${day.date} is a work day again.`)}>
                Work on {day.date} again
              </button>
            </li>
          ))}
        </ul>
      )}
      <form aria-label="Add days off" onSubmit={(event) => void submit(event)}>
        <label htmlFor={ids.from}>First day off</label>
        <input id={ids.from} name="dayOffFrom" type="date" value={from} onChange={(e) => change({ from: e.target.value })} />
        <label htmlFor={ids.to}>Last day off (optional)</label>
        <input id={ids.to} name="dayOffTo" type="date" value={to} onChange={(e) => change({ to: e.target.value })} />
        <label htmlFor={ids.kind}>Kind</label>
        <select id={ids.kind} name="dayOffKind" value={kind} onChange={(e) => change({ kind: e.target.value as DayOffKind })}>
          {DAY_OFF_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <label htmlFor={ids.note}>Note (optional)</label>
        <input id={ids.note} name="dayOffNote" type="text" value={note} onChange={(e) => change({ note: e.target.value })} />
        <button type="submit">Add days off</button>
        <UnsavedMark shown={draft.typed} onUndo={draft.clear} text="Changed, not added yet" />
        <FormResult message={message} />
      </form>
    </div>
  );
}
