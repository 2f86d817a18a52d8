// A day's column header in the Week grid: a way to take it off, or, once it is off, the mark saying so, which is also
// the way back for a day taken off here (a click in the grid is undone in the grid). One button in both states, so focus stays on it when the
// day changes over, as Today's "Take today off" and "Work today after all" keep it. A day with work logged asks first,
// as Today's button does; each change is told in a toast with Undo, with what it did to the week's cap (a week
// already lived keeps its figures unless the person changes them, and is then told), and a refusal as a notice.
import { useRef } from 'react';
import type { DaySummary, WeekSummary } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { UNDO_TOAST_MS } from '../../state/toastStore';
import { dayOffQuestion } from '../../format/dayOffQuestion';
import { useDaysOffChange, type DaysOffChanged } from '../../state/useDaysOffChange';

export function DayOffHeader({ day, label, summary }: { day: DaySummary; label: string; summary: WeekSummary }) {
  const { stores, clock, locale } = useAppEnv();
  const boundaries = stores.boundaries.getState();
  const change = useDaysOffChange();
  // The column's one button, which Undo gives the focus back to (its toast goes with the Undo button that had it), and
  // whether a change from it is on its way (a second click meanwhile would be told against the first).
  const button = useRef<HTMLButtonElement>(null);
  const busy = useRef(false);

  /** Tells `changed`: done, with the caps it changed and Undo (which puts the day back, told only if refused), or
   * refused. One toast a date: a later change of the day takes the place of an earlier one's, and of its Undo. */
  const tell = (changed: DaysOffChanged, done: string, failed: string, undo?: () => Promise<DaysOffChanged>) => {
    if (!changed.ok) return stores.app.getState().pushNotice('error', `${failed}: ${changed.error ? describeError(changed.error) : 'not saved'}.`);
    const id = stores.toasts.getState().show(changed.caps ? `${done} ${changed.caps}` : done, undo ? [{ label: 'Undo', run: () => void undoNow(undo) }] : [], UNDO_TOAST_MS, { key: `day-off:${day.date}` });
    const undoNow = async (back: () => Promise<DaysOffChanged>) => {
      stores.toasts.getState().dismiss(id);
      const undone = await back();
      if (!undone.ok) tell(undone, '', `Not undone: ${label}`);
      button.current?.focus();
    };
  };
  const once = async (run: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    await run().finally(() => (busy.current = false));
  };

  const takeOff = () =>
    once(async () => {
      const { settings, timer, categories } = stores.app.getState();
      const question = dayOffQuestion({ day, summary, settings, timer, categories, now: clock(), locale, name: label });
      // Cancel changes nothing; the dialog gives the focus back to the button.
      if (question && !(await stores.prompts.getState().confirm(question))) return;
      const changed = await change([day.date], () => boundaries.addDaysOff({ from: day.date }));
      tell(changed, `${label} is a day off.`, `${label} was not taken off`, () => change([day.date], () => boundaries.removeDayOff(day.date)));
    });
  const workAgain = () =>
    once(async () => {
      // Undo puts the day off back as it was, with the note it may have had from Settings.
      const note = stores.app.getState().settings?.daysOff.find((off) => off.date === day.date)?.note;
      const changed = await change([day.date], () => boundaries.removeDayOff(day.date));
      tell(changed, `${label} is a work day again.`, `${label} is still a day off`, () => change([day.date], () => boundaries.addDaysOff({ from: day.date, ...(note ? { note } : {}) })));
    });

  // Only the kind a click here makes comes back with a click: a vacation, holiday or sick day (with its note) is set
  // and removed in Settings, where what it is can be seen, not by a misplaced click on a column header.
  if (day.dayOff && day.dayOff !== 'other') {
    return (
      <span className="day-off-mark">
        {' '}
        · off ({day.dayOff})
      </span>
    );
  }
  if (day.dayOff) {
    return (
      <button type="button" ref={button} className="day-off-take day-off-mark" onClick={() => void workAgain()}>
        off ({day.dayOff})<span className="sr-only">: work {label} after all</span>
      </button>
    );
  }
  return (
    <button type="button" ref={button} className="day-off-take" aria-label={`Take ${label} off`} onClick={() => void takeOff()}>
      off?
    </button>
  );
}
