// Moving between weeks; the store asks the domain for the neighbouring week.
import { useAppEnv, useWeekState } from '../../AppEnv';

export function WeekNavigation() {
  const { stores } = useAppEnv();
  const viewingCurrent = useWeekState((state) => state.at === null);
  const hasSummary = useWeekState((state) => state.summary !== null);
  const week = () => stores.week.getState();
  return (
    <nav className="week-navigation" aria-label="Weeks">
      <button type="button" disabled={!hasSummary} onClick={() => void week().showPrevious()}>
        Previous week
      </button>
      <button type="button" disabled={viewingCurrent} onClick={() => void week().show(null)}>
        This week
      </button>
      <button type="button" disabled={!hasSummary} onClick={() => void week().showNext()}>
        Next week
      </button>
    </nav>
  );
}
