// Today's day off: "Day off: nothing to log" when today is one (with a way back to work), else "Take today off".
import { useRef } from 'react';
import { useAppEnv, useSlice } from '../../AppEnv';

export function TodayDayOff() {
  const { stores } = useAppEnv();
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
  if (!day) return null;
  if (day.dayOff) {
    return (
      <p className="day-off-notice" role="status">
        Day off: nothing to log ({day.dayOff}).{' '}
        <button type="button" ref={takeFocus} onClick={() => press(() => stores.boundaries.getState().removeDayOff(day.date))}>
          Work today after all
        </button>
      </p>
    );
  }
  return (
    <p className="day-off-offer">
      <button type="button" ref={takeFocus} onClick={() => press(() => stores.boundaries.getState().addDaysOff({ from: day.date }))}>
        Take today off
      </button>
    </p>
  );
}
