// Moving between weeks, for any store that shows one week (the week's figures, the plan): the store asks the main
// process for the week containing an instant just outside the one shown, so no view works out a week boundary.
import { useAppEnv, useSlice } from '../../AppEnv';

export interface WeekNavigatorProps {
  /** The store that shows one week at a time: the week's figures or the plan. */
  store: 'week' | 'plan';
  /** The navigation landmark's name ("Weeks", "Planned weeks"). */
  label: string;
}

export function WeekNavigator({ store, label }: WeekNavigatorProps) {
  const { stores } = useAppEnv();
  const viewingCurrent = useSlice(store, (state) => state.at === null);
  // Moving on asks from the bounds of the week shown, so it waits until one is in.
  const hasWeek = useSlice(store, (state) => ('summary' in state ? state.summary : state.plan) !== null);
  const weeks = () => stores[store].getState();
  return (
    <nav className="week-navigation" aria-label={label}>
      <button type="button" disabled={!hasWeek} onClick={() => void weeks().showPrevious()}>
        Previous week
      </button>
      <button type="button" disabled={viewingCurrent} onClick={() => void weeks().show(null)}>
        This week
      </button>
      <button type="button" disabled={!hasWeek} onClick={() => void weeks().showNext()}>
        Next week
      </button>
    </nav>
  );
}
