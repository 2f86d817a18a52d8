// Today: what runs now, how the week stands, a planned box to start, how to start or switch, and what was logged today.
import { useAppEnv, useAppState } from '../../AppEnv';
import { TodayDayOff } from '../Boundaries/TodayDayOff';
import { ErrorMessage } from '../shell/ErrorMessage';
import { OtherTimers } from '../shell/OtherTimers';
import { useAfterFirstPaint } from '../shell/useAfterFirstPaint';
import { CategoryButtons } from './CategoryButtons';
import { DueBoxes } from './DueBoxes';
import { ManualEntryForm } from './ManualEntryForm';
import { RunningTimer } from './RunningTimer';
import { TodayEntries } from './TodayEntries';
import { TodayStatus } from './TodayStatus';

export function TodayView() {
  const { stores } = useAppEnv();
  const timerError = useAppState((state) => state.errors.timer);
  // The form to add time by hand is below the first screen (its heading is 1,000 px down, under the welcome, the
  // status, the timer, the category buttons and today's entries), and its time field is the costliest control Today
  // has for the browser to build and style (a clock icon is an SVG document of its own): it comes a frame after the
  // rest, so the first paint of what is in sight does not wait for it.
  const belowFirstScreen = useAfterFirstPaint();
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
      {belowFirstScreen && <ManualEntryForm />}
    </section>
  );
}
