// Moving to a view whose code is still loading: the view shown stays until the code is here (no "Loading…" that
// React would then keep on screen for 300 ms), and the newest view asked for is the one drawn.
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LazyView, preloadViews, useViewWithCode } from '../../renderer/LazyView';
import type { ViewName } from '../../renderer/state/navStore';

/** Week's and Balance's code arrive when a test lets them. */
const arrival = vi.hoisted(() => {
  const gate = () => {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  };
  return { week: gate(), balance: gate() };
});

vi.mock('../../renderer/views/Today/TodayView', () => ({ TodayView: () => <h2>Today’s view</h2> }));
vi.mock('../../renderer/views/Plan/PlanView', () => ({ PlanView: () => <h2>Plan’s view</h2> }));
vi.mock('../../renderer/views/Week/WeekView', async () => {
  await arrival.week.opened;
  return { WeekView: () => <h2>Week’s view</h2> };
});
vi.mock('../../renderer/views/Balance/BalanceView', async () => {
  await arrival.balance.opened;
  return { BalanceView: () => <h2>Balance’s view</h2> };
});

function Shell({ wanted, whileLoading }: { wanted: ViewName; whileLoading?: () => void }) {
  const view = useViewWithCode(wanted, whileLoading);
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <LazyView key={view} view={view} />
    </Suspense>
  );
}

const shownHeading = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('useViewWithCode', () => {
  it('keeps the view shown while the next one’s code loads, then shows it; a view already loaded shows at once', async () => {
    await preloadViews(['today']);
    const { rerender } = render(<Shell wanted="today" />);
    expect(shownHeading()).toBe('Today’s view');

    const whileLoading = vi.fn();
    rerender(<Shell wanted="week" whileLoading={whileLoading} />);
    // A few turns for the import to be under way: still Today, and no "Loading…" in its place; the wait was given to
    // what the window does meanwhile, once.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(shownHeading()).toBe('Today’s view');
    expect(screen.queryByRole('status')).toBeNull();
    expect(whileLoading).toHaveBeenCalledTimes(1);

    await act(async () => arrival.week.open());
    expect(await screen.findByRole('heading', { name: 'Week’s view' })).toBeInTheDocument();

    // Both loaded now: the switch is drawn in the same render, nothing awaited, and nothing waits.
    act(() => rerender(<Shell wanted="today" whileLoading={whileLoading} />));
    expect(shownHeading()).toBe('Today’s view');
    act(() => rerender(<Shell wanted="week" whileLoading={whileLoading} />));
    expect(shownHeading()).toBe('Week’s view');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(whileLoading).toHaveBeenCalledTimes(1);
  });

  it('draws the newest view asked for: a view asked for and left before its code came is not drawn when it comes', async () => {
    await preloadViews(['today', 'plan']);
    const { rerender } = render(<Shell wanted="plan" />);
    expect(shownHeading()).toBe('Plan’s view');
    rerender(<Shell wanted="balance" />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(shownHeading()).toBe('Plan’s view');
    act(() => rerender(<Shell wanted="today" />));
    expect(shownHeading()).toBe('Today’s view');
    await act(async () => arrival.balance.open());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(shownHeading()).toBe('Today’s view');
    // Asked for again, its code is here: at once.
    act(() => rerender(<Shell wanted="balance" />));
    expect(shownHeading()).toBe('Balance’s view');
  });
});
