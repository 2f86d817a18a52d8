// A day's column header in the Week grid: marked when the day is off, else a way to take it off.
import type { DaySummary } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';

export function DayOffHeader({ day, label }: { day: DaySummary; label: string }) {
  const { stores } = useAppEnv();
  if (day.dayOff) {
    return (
      <span className="day-off-mark">
        {' '}
        · off ({day.dayOff})
      </span>
    );
  }
  return (
    <button type="button" className="day-off-take" aria-label={`Take ${label} off`} onClick={() => void stores.boundaries.getState().addDaysOff({ from: day.date })}>
      off?
    </button>
  );
}
