// The running timer in the header, on every view but Today (which shows it large): category, time since it started,
// and Stop, so work running off-hours is never out of sight.
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { formatElapsed } from '../../format/formatElapsed';
import { useNow } from '../Today/useNow';
import { ACTION_ICONS, Icon } from './Icon';

function Elapsed({ start }: { start: number }) {
  const { clock, locale } = useAppEnv();
  const now = useNow(clock, 1000);
  return <span className="header-elapsed">{formatElapsed(now - start, locale)}</span>;
}

export function HeaderTimer() {
  const { stores } = useAppEnv();
  const timer = useAppState((state) => state.timer);
  const categories = useAppState((state) => state.categories);
  const pending = useAppState((state) => state.pending.timer);
  const view = useSlice('nav', (state) => state.view);
  if (!timer || view === 'today') return null;
  const category = categories.find((c) => c.id === timer.categoryId);
  const name = category?.name ?? 'Unknown category';
  return (
    <div className="header-timer" role="group" aria-label="Running timer">
      <span className="swatch" aria-hidden="true" style={{ background: category?.color }} />
      <strong>{name}</strong>
      {/* Remounted per timer so the count starts from a fresh clock reading. */}
      <Elapsed key={timer.id} start={timer.start} />
      <button type="button" className="stop" onClick={() => void stores.app.getState().stopTimer()} aria-disabled={pending || undefined}>
        <Icon icon={ACTION_ICONS.stop} />
        Stop {name}
      </button>
    </div>
  );
}
