// The window's layout: banner, the current view once the snapshot is in, dialogs and toasts, where the data lives.
// The views scroll in their own pane and the toasts sit in a strip of their own below it, so a toast never covers a
// control of the view.
import { Fragment, Suspense, useEffect } from 'react';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { LazyView, preloadViews } from '../../LazyView';
import type { ViewName } from '../../state/navStore';
import { ErrorMessage } from './ErrorMessage';
import { Header } from './Header';
import { Notices } from './Notices';
import { PromptDialogs } from './PromptDialogs';
import { Toasts } from './Toasts';
import { UnlockBanner } from './UnlockBanner';
import { Welcome } from './Welcome';

/** After moving to another view, focus its heading so a screen reader says where the person is. Rendered after the
 * view inside its Suspense boundary, so this runs once the view's (lazily loaded) code has put the heading there. */
function FocusHeading({ view, moved }: { view: ViewName; moved: boolean }) {
  useEffect(() => {
    if (moved) document.getElementById(`${view}-heading`)?.focus();
  }, [view, moved]);
  return null;
}

/** A second after the first view is on screen (its figures in by then), the other views' code loads while the window
 * is idle, so opening one later waits for its figures only, not for its chunk (recharts among them); sooner, the
 * chunks' parsing would hold up the first view's own figures. */
const PRELOAD_AFTER_MS = 1000;

function PreloadOtherViews() {
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return;
    let idle: number | undefined;
    const wait = setTimeout(() => (idle = requestIdleCallback(() => void preloadViews())), PRELOAD_AFTER_MS);
    return () => {
      clearTimeout(wait);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return null;
}

export function AppShell() {
  const { stores } = useAppEnv();
  const status = useAppState((state) => state.status);
  const snapshotError = useAppState((state) => state.errors.snapshot);
  const dataDir = useAppState((state) => state.dataDir);
  const view = useSlice('nav', (state) => state.view);
  const moved = useSlice('nav', (state) => state.moved);
  const retry = () => {
    void stores.app.getState().load();
    void stores.week.getState().refresh();
    void stores.today.getState().refresh();
  };
  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      {status === 'ready' && <UnlockBanner />}
      <div className="app-scroll">
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
            <Suspense fallback={<p role="status">Loading…</p>}>
              <Fragment key={view}>
                {view === 'today' && <Welcome />}
                <LazyView view={view} />
                <FocusHeading view={view} moved={moved} />
              </Fragment>
              <PreloadOtherViews />
            </Suspense>
          )}
        </main>
        {dataDir && (
          <footer className="app-footer">
            <p>Data folder: {dataDir}</p>
          </footer>
        )}
      </div>
      <Toasts />
      <PromptDialogs />
    </div>
  );
}
