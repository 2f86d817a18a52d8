// Push events from the main process into the stores, wired once at start-up outside any component so no event is
// missed while a view is unmounted.
import type { Api } from '../api';
import type { Stores } from './createStores';
import { showNudge } from './nudgeToasts';
import type { WebNotifier } from './toastStore';

/** Every store whose figures are computed from entries, categories, settings or the running timer. */
export function refreshFigures({ week, today, range, weekLog }: Stores): void {
  void week.getState().refresh();
  void today.getState().refresh();
  void range.getState().refresh();
  void weekLog.getState().refresh();
}

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
      if (what.includes('entries') || what.includes('categories') || what.includes('settings')) refreshFigures(stores);
      else if (what.includes('nudges')) void weekLog.getState().refresh();
      if (what.includes('checkins')) void checkIns.getState().refresh();
      if (what.includes('unlocks')) void stores.today.getState().refresh();
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
