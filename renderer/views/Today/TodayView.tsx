// Today: what runs now and how to start or switch.
import { useAppEnv, useAppState } from '../../AppEnv';
import { ErrorMessage } from '../shell/ErrorMessage';
import { CategoryButtons } from './CategoryButtons';
import { RunningTimer } from './RunningTimer';

export function TodayView() {
  const { stores } = useAppEnv();
  const timerError = useAppState((state) => state.errors.timer);
  return (
    <section id="today" className="view" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      <RunningTimer />
      {timerError && <ErrorMessage error={timerError} onDismiss={() => stores.app.getState().clearError('timer')} />}
      <CategoryButtons />
    </section>
  );
}
