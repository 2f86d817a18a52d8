// Timers running on the other computers (from their synced timer records): category, computer, time since it
// started, and Stop, which this computer records through sync for that one to take in. Shown on Today and in the
// header, so a timer left running at the office is never out of sight at home.
import { useState } from 'react';
import type { AppErrorShape } from '../../../shared/result';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { formatClockRange } from '../../format/formatClock';
import { formatElapsed } from '../../format/formatElapsed';
import type { OtherTimer } from '../../state/syncStore';
import { useNow } from '../Today/useNow';
import { ErrorMessage } from './ErrorMessage';

function Elapsed({ start }: { start: number }) {
  const { clock, locale } = useAppEnv();
  const now = useNow(clock, 1000);
  return <span className="header-elapsed">{formatElapsed(now - start, locale)}</span>;
}

/** How long the words after a stop stay: long enough to read, as a saved entry's. */
const STOPPED_TOAST_MS = 8_000;

function OtherTimerRow({ running, onError }: { running: OtherTimer; onError: (error: AppErrorShape) => void }) {
  const { stores, clock, locale } = useAppEnv();
  const categories = useAppState((state) => state.categories);
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const category = categories.find((c) => c.id === running.timer.categoryId);
  const name = category?.name ?? 'Unknown category';
  const stop = async () => {
    const result = await stores.sync.getState().stopOtherTimer(running.device.id);
    if (!result.ok) return onError(result.error);
    // The row just goes: say what the stop did, which that computer takes in at its next sync. What it saved is the
    // run less what entries here hold (savedRun), over its start or logged ahead of it.
    const ran = formatElapsed(clock() - running.timer.start, locale);
    const { saved } = result.value;
    const kept =
      saved === null
        ? 'entries here hold all of its time, so nothing was saved.'
        : saved.start > running.timer.start || saved.end < clock()
          ? `saved ${formatClockRange(saved.start, saved.end, locale, timeZone)}, as entries here hold the rest, here and there.`
          : 'saved as an entry up to now, here and there.';
    stores.toasts.getState().show(`Stopped ${name} on ${running.device.name} after ${ran}: ${kept}`, [], STOPPED_TOAST_MS);
  };
  return (
    <div className="header-timer other-timer" role="group" aria-label={`Timer running on ${running.device.name}`}>
      <span className="swatch" aria-hidden="true" style={{ background: category?.color }} />
      <strong>{name}</strong> <span>on {running.device.name}</span>
      <Elapsed key={running.timer.id} start={running.timer.start} />
      <button type="button" className="stop" onClick={() => void stop()}>
        Stop {name} on {running.device.name}
      </button>
    </div>
  );
}

/** `place` keeps the header's copy off Today, which shows its own. */
export function OtherTimers({ place }: { place: 'today' | 'header' }) {
  const timers = useSlice('sync', (state) => state.otherTimers);
  const view = useSlice('nav', (state) => state.view);
  const [error, setError] = useState<AppErrorShape | null>(null);
  if (place === 'header' && view === 'today') return null;
  if (timers.length === 0 && !error) return null;
  return (
    <div className="other-timers">
      {timers.map((running) => (
        <OtherTimerRow key={running.device.id} running={running} onError={setError} />
      ))}
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
