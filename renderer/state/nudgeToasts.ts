// A nudge pushed by the main process, shown as a toast with the choices it offers (and as a desktop notification in
// the browser host when the person allowed it). A choice is sent back with nudges.act, which records and applies it.
import type { Api } from '../api';
import type { EventPayload, NUDGE_ACTIONS } from '../../shared/contract';
import { describeError } from '../format/describeError';
import { localizeClocks } from '../format/localizeClocks';
import { callApi } from './callApi';
import type { Stores } from './createStores';
import { NUDGE_TOAST_MS, type ToastAction, type WebNotifier } from './toastStore';

type NudgeAction = (typeof NUDGE_ACTIONS)[number];

export const NUDGE_ACTION_LABELS: Record<NudgeAction, string> = {
  stop: 'Stop timer',
  start: 'Start timer',
  'snooze-15': 'Snooze 15 min',
  'snooze-60': 'Snooze 1 h',
  'snooze-day': 'Not today',
  open: 'Open Today',
  dismiss: 'Dismiss',
};

// The labels name every action (the Record's type says so), so the window need not load the contract's values:
// those bring zod into the first view's code.
const isAction = (action: string): action is NudgeAction => Object.hasOwn(NUDGE_ACTION_LABELS, action);

export function nudgeActions(api: Api, stores: Stores, nudge: EventPayload<'nudge'>): ToastAction[] {
  const act = async (action: NudgeAction) => {
    if (action === 'open') stores.nav.getState().go('today');
    const result = await callApi(api, 'nudges.act', { id: nudge.id, action });
    if (result.ok) return;
    // A box nudge's Start meets the lock like any start: its refusal goes to the lock dialogs, and a soft lock's
    // question is asked through timer.start, which can carry the reason (nudges.act cannot).
    if (action === 'start' && result.error.code === 'locked') return stores.prompts.getState().showLocked(result.error);
    if (action === 'start' && result.error.code === 'needs-reason' && nudge.ref) return void stores.app.getState().startTimer(nudge.ref.categoryId);
    stores.app.getState().pushNotice('error', describeError(result.error));
  };
  // Dismiss is the toast's own close button; the rest become buttons in the order the nudge gives them.
  // "Open Today" is not offered to a person already on Today.
  const onToday = stores.nav.getState().view === 'today';
  return nudge.actions
    .filter(isAction)
    .filter((action) => action !== 'dismiss' && !(action === 'open' && onToday))
    .map((action) => ({ label: NUDGE_ACTION_LABELS[action], run: () => act(action) }));
}

export function showNudge(api: Api, stores: Stores, nudge: EventPayload<'nudge'>, notifier: WebNotifier | null): void {
  const onDismiss = nudge.actions.includes('dismiss') ? () => void callApi(api, 'nudges.act', { id: nudge.id, action: 'dismiss' }) : undefined;
  // The system's clock, as the window's formatters use outside tests.
  const text = localizeClocks(nudge.text, undefined);
  // A newer nudge of a kind asks the older one's question again (the cap is nearer, the window ends sooner): it takes
  // its place rather than standing under it, the older one left unanswered in the nudge log.
  const id = stores.toasts.getState().show(text, nudgeActions(api, stores, nudge), NUDGE_TOAST_MS, { onDismiss, key: `nudge:${nudge.kind}` });
  if (nudge.actions.includes('stop')) leaveWithTimer(stores, id);
  if (notifier && stores.toasts.getState().webNotifications && notifier.permission() === 'granted') notifier.show('Timelock', text);
}

/**
 * A nudge that offers Stop is about the timer running when it came (work past a window, the cap near): once that
 * timer stops, in this window or elsewhere, or another takes its place, the question is answered and its Stop would
 * stop nothing, or another timer. The toast leaves then, not dismissed: the nudge log keeps it unanswered.
 */
function leaveWithTimer(stores: Stores, toastId: number): void {
  const timerId = stores.app.getState().timer?.id;
  const stops: Array<() => void> = [];
  const stop = () => {
    for (const unsubscribe of stops.splice(0)) unsubscribe();
  };
  stops.push(
    stores.app.subscribe((state) => {
      if (state.timer?.id === timerId) return;
      stop();
      stores.toasts.getState().dismiss(toastId);
    }),
    stores.toasts.subscribe((state) => {
      if (!state.toasts.some((toast) => toast.id === toastId)) stop();
    }),
  );
}
