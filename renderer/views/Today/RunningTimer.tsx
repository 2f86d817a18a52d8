// The running timer, large: its category, the time since it started, and Stop. Changes of timer (not every
// second) are announced through a polite live region.
import type { Category } from '../../../shared/model';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { formatClock } from '../../format/formatClock';
import { formatElapsed } from '../../format/formatElapsed';
import { ranIntoOf } from '../../../shared/domain/words';
import { useNow } from './useNow';
import { ACTION_ICONS, Icon } from '../shell/Icon';

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
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const pending = useAppState((state) => state.pending.timer);
  const name = timer ? categoryName(categories, timer.categoryId) : '';
  const since = timer ? formatClock(timer.start, locale, timeZone) : '';
  // The entry logged ahead this run ran into (the week's figures count, and Stop saves, the run up to there).
  // This timer's, not the one before a switch, whose summary may still be on screen until the new one comes.
  const ranInto = ranIntoOf(useSlice('today', (state) => state.summary?.timerRanInto ?? null), timer);
  const countedTo = ranInto ? formatClock(ranInto.at, locale, timeZone) : '';
  // Where it counts from, when an entry saved over its start (synced in from another computer) holds the first of it.
  const countedFrom = ranIntoOf(useSlice('today', (state) => state.summary?.timerCountedFrom ?? null), timer);
  const from = countedFrom ? formatClock(countedFrom.at, locale, timeZone) : '';
  // That entry reaching past now: the run counts nothing yet.
  const summaryNow = useSlice('today', (state) => state.summary?.now ?? 0);
  const notYet = countedFrom !== null && countedFrom.at > summaryNow;
  const counted = countedFrom
    ? ranInto
      ? ` Counted from ${from} to ${countedTo}.`
      : notYet
        ? ` Counts nothing until ${from}.`
        : ` Counted from ${from}.`
    : ranInto
      ? ` Counted up to ${countedTo}.`
      : '';
  // Said through the polite live region too, once, when the run stops counting: the note alone is not announced.
  const announcement = timer ? `${name} timer running since ${since}.${counted}` : 'No timer running.';
  return (
    <div className={timer ? 'running-timer running' : 'running-timer'}>
      <p className="sr-only" role="status">
        {announcement}
      </p>
      {timer ? (
        <>
          <div className="running-timer-label">
            <span className="running-category">
              <span className="swatch" aria-hidden="true" style={{ background: categories.find((c) => c.id === timer.categoryId)?.color }} />
              <strong>{name}</strong>
              <span className="since">since {since}</span>
            </span>
            {/* Remounted per timer so the count starts from a fresh clock reading. */}
            <Elapsed key={timer.id} start={timer.start} />
          </div>
          {countedFrom && (
            <p className="ran-into" role="note">
              {notYet
                ? `Counts nothing until ${from}, where an entry saved over its start (from another computer) ends: Stop now saves nothing.`
                : `Counted from ${from}, where an entry saved over its start (from another computer) ends: Stop saves it from there.`}
            </p>
          )}
          {ranInto && (
            <p className="ran-into" role="note">
              Counted up to {countedTo}, where your {categoryName(categories, ranInto.categoryId)} entry saved ahead of it
              begins: Stop saves it up to there. Add by hand what came after that entry.
            </p>
          )}
          <button type="button" className="stop" onClick={() => void stores.app.getState().stopTimer()} aria-disabled={pending || undefined}>
            <Icon icon={ACTION_ICONS.stop} />
            Stop
          </button>
        </>
      ) : (
        <p aria-hidden="true" className="idle-timer">
          No timer running.
        </p>
      )}
    </div>
  );
}
