// Today: what runs now, how the week stands, a planned box to start, how to start or switch, and what was logged today.
import { useAppEnv, useAppState } from '../../AppEnv';
import { BelowTheFold } from '../shell/BelowTheFold';
import { ErrorMessage } from '../shell/ErrorMessage';
import { OtherTimers } from '../shell/OtherTimers';
import { CategoryButtons } from './CategoryButtons';
import { DueBoxes } from './DueBoxes';
import { ManualEntryForm } from './ManualEntryForm';
import { RunningTimer } from './RunningTimer';
import { TodayDayOff } from './TodayDayOff';
import { TodayEntries } from './TodayEntries';
import { TodayStatus } from './TodayStatus';

export function TodayView() {
  const { stores } = useAppEnv();
  const timerError = useAppState((state) => state.errors.timer);
  return (
    <section id="today" className="view" aria-labelledby="today-heading">
      <h2 id="today-heading" tabIndex={-1}>
        Today
      </h2>
      <TodayStatus />
      <TodayDayOff />
      <RunningTimer />
      <OtherTimers place="today" />
      {timerError && <ErrorMessage error={timerError} onDismiss={() => stores.app.getState().clearError('timer')} />}
      <DueBoxes />
      <CategoryButtons />
      <TodayEntries />
      <BelowTheFold>
        <ManualEntryForm />
      </BelowTheFold>
    </section>
  );
}
