// Today's day off: "Day off: no work to log" when today is one (with a way back to work), else "Take today off",
// which asks first when today already has work logged or a work timer running (dayOffQuestion).
import { useRef } from 'react';
import { useAppEnv, useSlice } from '../../AppEnv';
import { dayOffQuestion } from '../../format/dayOffQuestion';

export function TodayDayOff() {
  const { stores, clock, locale } = useAppEnv();
  const day = useSlice('today', (state) => state.day);
  // Each button is replaced by the other once the change is saved: the new one takes the focus the pressed one had,
  // which would otherwise be left on the page's body.
  const pressed = useRef(false);
  const takeFocus = (button: HTMLButtonElement | null) => {
    if (!button || !pressed.current) return;
    pressed.current = false;
    button.focus();
  };
  const press = (change: () => Promise<unknown>) => {
    pressed.current = true;
    void change();
  };
  // Read when pressed, not subscribed: the summary changes every tick while a timer runs.
  const takeOff = async (date: string) => {
    const { summary, day: today } = stores.today.getState();
    const { settings, timer, categories } = stores.app.getState();
    const question = today && summary ? dayOffQuestion({ day: today, summary, settings, timer, categories, now: clock(), locale }) : null;
    // Cancel changes nothing; the dialog gives the focus back to "Take today off".
    if (question && !(await stores.prompts.getState().confirm(question))) return;
    press(() => stores.boundaries.getState().addDaysOff({ from: date }));
  };
  if (!day) return null;
  if (day.dayOff) {
    return (
      <p className="day-off-notice" role="status">
        {/* Fitness and family are still logged on a day off; 'other' is what a day taken here is, not a reason. */}
        Day off{day.dayOff === 'other' ? '' : ` (${day.dayOff})`}: no work to log.{' '}
        <button type="button" ref={takeFocus} onClick={() => press(() => stores.boundaries.getState().removeDayOff(day.date))}>
          Work today after all
        </button>
      </p>
    );
  }
  return (
    <p className="day-off-offer">
      <button type="button" ref={takeFocus} onClick={() => void takeOff(day.date)}>
        Take today off
      </button>
    </p>
  );
}
