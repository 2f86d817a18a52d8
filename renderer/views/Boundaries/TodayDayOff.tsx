// Today's day off: "Day off: nothing to log" when today is one (with a way back to work), else "Take today off".
import { useAppEnv, useSlice } from '../../AppEnv';

export function TodayDayOff() {
  const { stores } = useAppEnv();
  const day = useSlice('today', (state) => state.day);
  if (!day) return null;
  if (day.dayOff) {
    return (
      <p className="day-off-notice" role="status">
        Day off: nothing to log ({day.dayOff}).{' '}
        <button type="button" onClick={() => void stores.boundaries.getState().removeDayOff(day.date)}>
          Work today after all
        </button>
      </p>
    );
  }
  return (
    <p className="day-off-offer">
      <button type="button" onClick={() => void stores.boundaries.getState().addDaysOff({ from: day.date })}>
        Take today off
      </button>
    </p>
  );
}
