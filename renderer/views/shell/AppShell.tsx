// The window's layout: banner, main content once the snapshot is in, and where the data lives.
import { useAppEnv, useAppState } from '../../AppEnv';
import { SettingsView } from '../Settings/SettingsView';
import { TodayView } from '../Today/TodayView';
import { WeekView } from '../Week/WeekView';
import { ErrorMessage } from './ErrorMessage';
import { Header } from './Header';
import { Notices } from './Notices';

export function AppShell() {
  const { stores } = useAppEnv();
  const status = useAppState((state) => state.status);
  const snapshotError = useAppState((state) => state.errors.snapshot);
  const dataDir = useAppState((state) => state.dataDir);
  const retry = () => {
    void stores.app.getState().load();
    void stores.week.getState().refresh();
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Notices />
        {status === 'loading' && <p role="status">Loading Timelock…</p>}
        {status === 'failed' && (
          <section aria-labelledby="load-failed-heading">
            <h2 id="load-failed-heading">Timelock could not load</h2>
            {snapshotError && <ErrorMessage error={snapshotError} />}
            <button type="button" onClick={retry}>
              Try again
            </button>
          </section>
        )}
        {status === 'ready' && (
          <>
            <TodayView />
            <WeekView />
            <SettingsView />
          </>
        )}
      </main>
      {dataDir && (
        <footer className="app-footer">
          <p>Data folder: {dataDir}</p>
        </footer>
      )}
    </>
  );
}
