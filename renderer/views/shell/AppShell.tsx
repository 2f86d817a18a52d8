// The window's layout: banner, the current view once the snapshot is in, dialogs and toasts, where the data lives.
// The views scroll in their own pane and the toasts sit in a strip of their own below it, so a toast never covers a
// control of the view.
import { Fragment, Suspense, useEffect } from 'react';
import { afterPaint } from '../../afterPaint';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { startIntl } from '../../format/intlFormats';
import { LazyView, preloadViews, useViewWithCode } from '../../LazyView';
import type { ViewName } from '../../state/navStore';
import { ErrorMessage } from './ErrorMessage';
import { Header } from './Header';
import { Notices } from './Notices';
import { PromptDialogs } from './PromptDialogs';
import { Toasts } from './Toasts';
import { UnlockBanner } from './UnlockBanner';
import { ViewFailed } from './ViewFailed';
import { Welcome } from './Welcome';

/** After moving to another view, focus its heading so a screen reader says where the person is. Rendered after the
 * view inside its Suspense boundary, so this runs once the view's (lazily loaded) code has put the heading there. */
function FocusHeading({ view, moved }: { view: ViewName; moved: boolean }) {
  useEffect(() => {
    if (moved) document.getElementById(`${view}-heading`)?.focus();
  }, [view, moved]);
  return null;
}

/** The views that draw charts (recharts). */
const CHART_VIEWS: ReadonlySet<ViewName> = new Set(['week', 'balance', 'insights']);

/** Whether this window has started warming up the charts' code: once only, even if the shell is drawn again. */
let chartsWarmedUp = false;

/** Once the start-up figures (the week's and today's, which every first view shows) are in and painted, the other
 * views' code loads, so opening one waits for its figures, not for its chunk (recharts among them). Not sooner: the
 * chunks' parsing would hold up the first view's own figures; and not a fixed while later, since a person (and the
 * views-open benchmark) may click a link as soon as the first view shows.
 * Then, while the window stays on the view it started on and that view draws no chart, Week's first open is made
 * warm in small steps while the window is idle (warmUpWeek: its formatters, and recharts' code run once out of
 * sight), so the first view opened with a chart does not pay for recharts' first, cold draw. A move to another view
 * stops it for good: a view with charts draws its own (those are the ones to draw first), and the warm-up is for a
 * person still reading the first view. */
function PreloadOtherViews() {
  const { stores, locale } = useAppEnv();
  const todayIn = useSlice('today', (state) => state.status !== 'idle' && state.status !== 'loading');
  const weekIn = useSlice('week', (state) => state.status !== 'idle' && state.status !== 'loading');
  const startupFiguresIn = todayIn && weekIn;
  useEffect(() => {
    // Tests without frames load every view themselves (preloadViews).
    if (!startupFiguresIn || typeof requestAnimationFrame === 'undefined') return;
    const nav = stores.nav;
    const startView = nav.getState().view;
    let stay = true;
    let stopWarmUp = () => {};
    // Only where idle callbacks exist (Chromium, not the tests' jsdom), on a view without charts, once per window.
    const warmUp = () => {
      if (!stay || chartsWarmedUp || CHART_VIEWS.has(startView) || typeof requestIdleCallback === 'undefined') return;
      chartsWarmedUp = true;
      void import('../Week/WeekView').then((m) => {
        if (stay) stopWarmUp = m.warmUpWeek(stores.week.getState().summary, stores.app.getState().categories, locale, () => stay);
      });
    };
    const moved = nav.subscribe((state) => {
      if (state.view === startView) return;
      stay = false;
      stopWarmUp();
    });
    // After the frame with the figures is painted, and the one after it: the preload's own work (a link and an
    // import() for each view, ~20 ms of main thread in profiles of a cold load) held up the frame that followed the
    // first view's; a frame (16 ms) later changes nothing for a click.
    // Then, while that code downloads, this window's ICU starts (startIntl): Today writes its first screen without
    // Intl, every other view formats dates with it.
    let intl: ReturnType<typeof setTimeout> | undefined;
    let cancel = afterPaint(() => {
      cancel = afterPaint(() => {
        // Week's first, with recharts, and its warm-up as soon as they are in: Week is the view with charts a person
        // opens first from Today (the navigation's next link), and the warm-up takes idle time after it.
        void preloadViews(['week']).then(() => {
          warmUp();
          return preloadViews();
        });
        intl = setTimeout(() => startIntl(locale), 0);
      });
    });
    return () => {
      stay = false;
      moved();
      cancel();
      clearTimeout(intl);
      stopWarmUp();
    };
  }, [startupFiguresIn, stores, locale]);
  return null;
}

export function AppShell() {
  const { stores, locale } = useAppEnv();
  const status = useAppState((state) => state.status);
  const snapshotError = useAppState((state) => state.errors.snapshot);
  const dataDir = useAppState((state) => state.dataDir);
  // A view clicked before its code is here (the other views' code loads after the first view's figures) starts
  // this window's ICU while it downloads, if that has not happened yet.
  const wanted = useSlice('nav', (state) => state.view);
  const view = useViewWithCode(wanted, () => startIntl(locale));
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
        {/* Busy while the view asked for waits for its code, with the one before it still shown (styles.css dims it
            after a moment, so a quick load does not flicker). */}
        <main id="main" tabIndex={-1} aria-busy={wanted !== view || undefined}>
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
                <ViewFailed view={view}>
                  <LazyView view={view} />
                </ViewFailed>
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
