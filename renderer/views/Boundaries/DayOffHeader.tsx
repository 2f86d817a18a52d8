// A day's column header in the Week grid: a way to take it off, or, once it is off, the mark saying so, which is also
// the way back for a day taken off here (a click in the grid is undone in the grid). One button in both states, so focus stays on it when the
// day changes over, as Today's "Take today off" and "Work today after all" keep it.
import type { DaySummary } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';

export function DayOffHeader({ day, label }: { day: DaySummary; label: string }) {
  const { stores } = useAppEnv();
  const boundaries = stores.boundaries.getState();
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
      <button type="button" className="day-off-take day-off-mark" onClick={() => void boundaries.removeDayOff(day.date)}>
        off ({day.dayOff})<span className="sr-only">: work {label} after all</span>
      </button>
    );
  }
  return (
    <button type="button" className="day-off-take" aria-label={`Take ${label} off`} onClick={() => void boundaries.addDaysOff({ from: day.date })}>
      off?
    </button>
  );
}
