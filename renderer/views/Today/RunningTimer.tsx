// The running timer: its category, the time since it started, and Stop. Changes of timer (not every second) are
// announced through a polite live region.
import type { Category, RunningTimer as RunningTimerRecord } from '../../../shared/model';
import { useAppEnv, useAppState } from '../../AppEnv';
import { formatElapsed } from '../../format/formatElapsed';
import { useNow } from './useNow';

function categoryName(categories: readonly Category[], id: string): string {
  return categories.find((category) => category.id === id)?.name ?? 'Unknown category';
}

function Elapsed({ start }: { start: number }) {
  const { clock, locale } = useAppEnv();
  const now = useNow(clock, 1000);
  // role=timer is not live by default: the seconds are shown, not read out every second.
  return (
    <span role="timer" className="elapsed" aria-label="Elapsed">
      {formatElapsed(now - start, locale)}
    </span>
  );
}

export function RunningTimer() {
  const { stores, locale } = useAppEnv();
  const timer = useAppState((state) => state.timer);
  const categories = useAppState((state) => state.categories);
  const pending = useAppState((state) => state.pending.timer);
  const announcement = timer ? `${categoryName(categories, timer.categoryId)} timer running since ${startedAt(timer, locale)}.` : 'No timer running.';
  return (
    <div className="running-timer">
      <p className="sr-only" role="status">
        {announcement}
      </p>
      {timer ? (
        <>
          <p className="running-timer-label">
            <span className="swatch" aria-hidden="true" style={{ background: categories.find((c) => c.id === timer.categoryId)?.color }} />
            <strong>{categoryName(categories, timer.categoryId)}</strong>
            {/* Remounted per timer so the count starts from a fresh clock reading. */}
            <Elapsed key={timer.id} start={timer.start} />
          </p>
          <button type="button" onClick={() => void stores.app.getState().stopTimer()} aria-disabled={pending || undefined}>
            Stop
          </button>
        </>
      ) : (
        <p aria-hidden="true">No timer running.</p>
      )}
    </div>
  );
}

function startedAt(timer: RunningTimerRecord, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(timer.start);
}
