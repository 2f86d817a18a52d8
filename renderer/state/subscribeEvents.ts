// Push events from the main process into the stores, wired once at start-up outside any component so no event is
// missed while a view is unmounted.
import type { Api } from '../api';
import type { Stores } from './createStores';
import { showNudge } from './nudgeToasts';
import type { WebNotifier } from './toastStore';

/** After a change to all the data (a restore, an import): the figures on screen now, the others when shown. */
export function refreshFigures({ figures }: Stores): void {
  figures.changed('everything');
  figures.flush();
}

/** The kinds of data.changed that change figures (figureRefresh.ts says which). */
const FIGURE_SOURCES = ['entries', 'categories', 'settings', 'timeboxes', 'unlocks', 'nudges'] as const;

export function subscribeEvents(api: Api, stores: Stores, notifier: WebNotifier | null = null): () => void {
  const { app, checkIns, figures } = stores;
  const unsubscribes = [
    api.on('timer.changed', ({ timer }) => app.getState().timerChanged(timer)),
    // The running timer counts up to now in every figure: the tick (once a minute) asks the domain for fresh ones.
    // It is the only clock the window follows: no interval of its own.
    api.on('timer.tick', () => figures.changed('tick')),
    api.on('data.changed', ({ what }) => {
      if (what.includes('settings')) void app.getState().reloadSettings();
      if (what.includes('categories')) void app.getState().reloadCategories();
      for (const kind of FIGURE_SOURCES) if (what.includes(kind)) figures.changed(kind);
      if (what.includes('checkins')) void checkIns.getState().refresh();
      if (what.includes('unlocks')) void stores.unlocks.getState().refresh();
    }),
    api.on('nudge', (nudge) => showNudge(api, stores, nudge, notifier)),
    api.on('idle.question', (question) => stores.prompts.getState().askIdle(question)),
    api.on('idle.resolved', ({ id }) => stores.prompts.getState().idleResolved(id)),
    api.on('import.progress', (progress) => stores.transfer.getState().setProgress(progress.stage === 'done' ? null : progress)),
    api.on('notice', ({ level, message }) => app.getState().pushNotice(level, message)),
    // A round that took something in or changed the conflicts: the sync status and conflicts as they now are.
    api.on('sync.changed', () => void stores.sync.getState().refresh()),
    // The desktop host's View menu, tray or a clicked notification asks for a view.
    api.on('app.navigate', ({ view }) => stores.nav.getState().go(view)),
  ];
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
