// Push events from the main process into the stores, wired once at start-up outside any component so no event is
// missed while a view is unmounted.
import type { Api } from '../api';
import type { Stores } from './createStores';
import { showNudge } from './nudgeToasts';
import type { WebNotifier } from './toastStore';

/** Every store whose figures are computed from entries, categories, settings, the plan or the running timer. */
export function refreshFigures({ week, today, range, weekLog, plan }: Stores): void {
  void week.getState().refresh();
  void today.getState().refresh();
  void range.getState().refresh();
  void weekLog.getState().refresh();
  // The plan check reads the caps, windows and categories; its figures, the entries.
  void plan.getState().refresh();
}

/** The data every figure is computed from: a change to any of them refetches the figures. */
const FIGURE_SOURCES = ['entries', 'categories', 'settings', 'timeboxes'] as const;

export function subscribeEvents(api: Api, stores: Stores, notifier: WebNotifier | null = null): () => void {
  const { app, week, today, checkIns, weekLog } = stores;
  const unsubscribes = [
    api.on('timer.changed', ({ timer }) => app.getState().timerChanged(timer)),
    // The running timer counts up to now in every figure: the tick asks the domain for fresh ones.
    api.on('timer.tick', () => {
      void week.getState().refresh();
      void today.getState().refresh();
    }),
    api.on('data.changed', ({ what }) => {
      if (what.includes('settings')) void app.getState().reloadSettings();
      if (what.includes('categories')) void app.getState().reloadCategories();
      // A changed plan changes the planned figures of every summary as well as the plan itself.
      if (FIGURE_SOURCES.some((kind) => what.includes(kind))) refreshFigures(stores);
      else if (what.includes('nudges')) void weekLog.getState().refresh();
      if (what.includes('checkins')) void checkIns.getState().refresh();
      if (what.includes('unlocks')) {
        void stores.today.getState().refresh();
        void stores.unlocks.getState().refresh();
      }
    }),
    api.on('nudge', (nudge) => showNudge(api, stores, nudge, notifier)),
    api.on('idle.question', (question) => stores.prompts.getState().askIdle(question)),
    api.on('idle.resolved', ({ id }) => stores.prompts.getState().idleResolved(id)),
    api.on('import.progress', (progress) => stores.transfer.getState().setProgress(progress.stage === 'done' ? null : progress)),
    api.on('notice', ({ level, message }) => app.getState().pushNotice(level, message)),
    // The desktop host's View menu, tray or a clicked notification asks for a view.
    api.on('app.navigate', ({ view }) => stores.nav.getState().go(view)),
  ];
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
