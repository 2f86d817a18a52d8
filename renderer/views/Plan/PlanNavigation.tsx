// Moving between planned weeks; the store asks the main process for the neighbouring week.
import { useAppEnv, useSlice } from '../../AppEnv';

export function PlanNavigation() {
  const { stores } = useAppEnv();
  const viewingCurrent = useSlice('plan', (state) => state.at === null);
  const hasPlan = useSlice('plan', (state) => state.plan !== null);
  const plan = () => stores.plan.getState();
  return (
    <nav className="week-navigation" aria-label="Planned weeks">
      <button type="button" disabled={!hasPlan} onClick={() => void plan().showPrevious()}>
        Previous week
      </button>
      <button type="button" disabled={viewingCurrent} onClick={() => void plan().show(null)}>
        This week
      </button>
      <button type="button" disabled={!hasPlan} onClick={() => void plan().showNext()}>
        Next week
      </button>
    </nav>
  );
}
