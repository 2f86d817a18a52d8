// Each view is its own chunk, loaded when it is first shown: the first view's code is all the window waits for,
// and recharts (the Week, Balance and Insights charts) loads only with a view that draws one.
import { memo, use, useEffect, useEffectEvent, useState, type ReactElement } from 'react';
import { useOnViewShown } from './AppEnv';
import { VIEWS, type ViewName } from './state/navStore';

/** Each view's chunk, resolving to what draws the view. */
type DrawView = () => ReactElement;

const LOADERS: Record<ViewName, () => Promise<DrawView>> = {
  today: () => import('./views/Today/TodayView').then((m) => () => <m.TodayView />),
  week: () => import('./views/Week/WeekView').then((m) => () => <m.WeekView />),
  plan: () => import('./views/Plan/PlanView').then((m) => () => <m.PlanView />),
  balance: () => import('./views/Balance/BalanceView').then((m) => () => <m.BalanceView />),
  insights: () => import('./views/Insights/InsightsView').then((m) => () => <m.InsightsView />),
  settings: () => import('./views/Settings/SettingsView').then((m) => () => <m.SettingsView />),
};

/** A view's chunk that did not arrive; its message is the browser's. */
export class ViewCodeMissing extends Error {
  constructor(
    readonly view: ViewName,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ViewCodeMissing';
  }
}

/** A load marked the way React's `use` reads a promise, so a view whose code is here renders without suspending. */
type ViewLoad = Promise<DrawView> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: DrawView; reason?: unknown };

// One load per view, shared by preloading and rendering, so a view's chunk is asked for once.
const loads = new Map<ViewName, ViewLoad>();

/** The view's load, started if none is under way or done. A failed one is kept (drawing the view throws it, and the
 * view says so: asking again on every draw asked the host for the chunk thousands of times a second) until someone
 * asks for the view anew (`retry`: a click on its link, the preload). */
function loadView(view: ViewName, retry = false): ViewLoad {
  const known = loads.get(view);
  if (known && !(retry && known.status === 'rejected')) return known;
  const load: ViewLoad = LOADERS[view]().catch((cause: unknown) => {
    throw new ViewCodeMissing(view, cause);
  });
  load.status = 'pending';
  // Block bodies: an arrow returning Object.assign's result would return `load` itself, and the promise then() makes
  // would take on its rejection, with nobody to catch it.
  load.then(
    (component) => {
      Object.assign(load, { status: 'fulfilled', value: component });
    },
    (reason: unknown) => {
      Object.assign(load, { status: 'rejected', reason });
    },
  );
  loads.set(view, load);
  return load;
}

/** Starts loading views' code now (asking again for any that failed): the first view while the snapshot is on its
 * way; every view in tests. Resolves once each has loaded or failed; never rejects (a view that failed says so when
 * shown). */
export function preloadViews(views: readonly ViewName[] = VIEWS): Promise<unknown> {
  return Promise.allSettled(views.map((view) => loadView(view, true)));
}

/** The view, once its code is here; until then it suspends to the nearest <Suspense>. Not drawn again when the
 * window around it is (a move to a view whose code is still loading draws the banner, not the view that stays: ~20 ms
 * of Today drawn again for nothing, in the click). */
export const LazyView = memo(function LazyView({ view }: { view: ViewName }) {
  const draw = use<DrawView>(loadView(view) as Promise<DrawView>);
  const onViewShown = useOnViewShown();
  useEffect(() => {
    onViewShown?.();
  }, [onViewShown]);
  return draw();
});

/** The view to draw when the person asks for `wanted`: that view once its code is here, and until then the view
 * already shown (its link is marked current at once). A view that suspended instead would show "Loading…", and React
 * reveals a Suspense boundary's content no sooner than 300 ms after its fallback appeared (it throttles reveals): a
 * first open of Week clicked while its code was loading took 600 ms, half of them waiting on that throttle. A chunk
 * that fails to load is drawn anyway: LazyView throws the failure and the view's boundary (ViewFailed) says it.
 * `whileLoading` runs in a task of its own once the view's code has been asked for, while it downloads. */
export function useViewWithCode(wanted: ViewName, whileLoading?: () => void): ViewName {
  const [shown, setShown] = useState(wanted);
  const ready = loads.get(wanted)?.status === 'fulfilled';
  // Remembered during the render (React's pattern for state derived from a prop), so a later view whose code is
  // still loading keeps this one on screen.
  if (ready && shown !== wanted) setShown(wanted);
  const onWait = useEffectEvent(() => whileLoading?.());
  useEffect(() => {
    if (shown === wanted) return;
    let current = true;
    const show = () => {
      if (current) setShown(wanted);
    };
    loadView(wanted, true).then(show, show);
    // The request is out: what the window does now fills the wait instead of following it.
    const wait = setTimeout(onWait, 0);
    return () => {
      clearTimeout(wait);
      current = false;
    };
  }, [wanted, shown]);
  return ready ? wanted : shown;
}
