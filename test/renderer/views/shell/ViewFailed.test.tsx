// A view that fails is said in its place, with a way out, and the window around it stays: React would otherwise
// unmount the whole window on the error and leave it blank.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyView } from '../../../../renderer/LazyView';
import type { ViewName } from '../../../../renderer/state/navStore';
import { ViewFailed } from '../../../../renderer/views/shell/ViewFailed';

vi.mock('../../../../renderer/views/Insights/InsightsView', () => {
  throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/InsightsView-x.js');
});
vi.mock('../../../../renderer/views/Settings/SettingsView', () => ({
  SettingsView: () => {
    throw new Error('settings exploded');
  },
}));
vi.mock('../../../../renderer/views/Plan/PlanView', () => ({ PlanView: () => <h2 id="plan-heading">Plan’s view</h2> }));

afterEach(() => vi.restoreAllMocks());

function Window({ view, reload }: { view: ViewName; reload: () => void }) {
  return (
    <>
      <header>The banner</header>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <ViewFailed key={view} view={view} reload={reload}>
          <LazyView view={view} />
        </ViewFailed>
      </Suspense>
    </>
  );
}

describe('ViewFailed', () => {
  it('says in the view’s place that its code did not load, keeps the window, and reloads on request', async () => {
    // React reports the error it caught on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reload = vi.fn();
    await act(async () => {
      render(<Window view="insights" reload={reload} />);
    });
    const alert = await screen.findByRole('alert');
    // The browser's own words follow in brackets (here vitest's, wrapping the failed module's).
    expect(alert).toHaveTextContent(/^Insights could not open: its code did not load \(.+\)\. /);
    expect(alert).toHaveTextContent('Nothing you saved is affected.');
    expect(screen.getByRole('heading', { level: 2, name: 'Insights' })).toBeInTheDocument();
    expect(screen.getByText('The banner')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload the window' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says a view that threw while drawn ran into an error, and another view opens as usual afterwards', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = await act(async () => render(<Window view="settings" reload={() => {}} />));
    expect(await screen.findByRole('alert')).toHaveTextContent('Settings ran into an error: settings exploded.');
    await act(async () => rerender(<Window view="plan" reload={() => {}} />));
    expect(await screen.findByRole('heading', { name: 'Plan’s view' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
