// The Notifier port for Electron: a native notification per nudge, with its choices as buttons where the system
// offers them (macOS, Windows). On Linux Electron has no notification buttons: a click opens the window, whose
// toast offers the same choices. Also shows the host's own messages (a tray start the lock refused).
import type { Notifier } from '../ports';
import type { NudgeAction } from './electronCommands';

type Nudge = Parameters<Notifier['notify']>[0];

interface NotificationOptions {
  title: string;
  body: string;
  actions?: Array<{ type: 'button'; text: string }>;
}

export interface NotificationLike {
  show(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  /** Electron 45 passes the index on the event; older versions only as the second argument. */
  on(event: 'action', listener: (details: { actionIndex?: number } | undefined, actionIndex?: number) => void): unknown;
}

export interface NotificationClass<N extends NotificationLike> {
  new (options: NotificationOptions): N;
  isSupported(): boolean;
}

/** The buttons' words. The window's toast has its own, shorter labels; these stand alone in a system notification. */
export const NOTIFICATION_ACTION_LABELS: Record<NudgeAction, string> = {
  stop: 'Stop timer',
  start: 'Start timer',
  'snooze-15': 'Snooze 15 min',
  'snooze-60': 'Snooze 1 hour',
  'snooze-day': 'Snooze until tomorrow',
  open: 'Open Timelock',
  dismiss: 'Dismiss',
};

/** Electron shows notification buttons on macOS and Windows only (macOS also needs a signed app with alert style). */
export function notificationActionsSupported(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

const isAction = (action: string): action is NudgeAction => action in NOTIFICATION_ACTION_LABELS;

export interface ElectronNotifier extends Notifier {
  /** A plain message (no choices); clicking it calls `onClick`. False where the system has no notifications. */
  message(text: { title: string; body: string }, onClick?: () => void): boolean;
}

export function createElectronNotifier<N extends NotificationLike>(deps: {
  Notification: NotificationClass<N>;
  platform?: NodeJS.Platform;
  /** A button pressed on a nudge's notification. */
  onAction?: (nudge: Nudge, action: NudgeAction) => void;
  /** A nudge's notification clicked (anywhere but a button). */
  onClick?: (nudge: Nudge) => void;
}): ElectronNotifier {
  const withButtons = notificationActionsSupported(deps.platform ?? process.platform);
  // Referenced until closed: a notification collected early loses its handlers on some platforms.
  const showing = new Set<N>();

  const show = (options: NotificationOptions, listen: (notification: N) => void): boolean => {
    if (!deps.Notification.isSupported()) return false;
    const notification = new deps.Notification(options);
    showing.add(notification);
    notification.on('close', () => showing.delete(notification));
    listen(notification);
    notification.show();
    return true;
  };

  return {
    notify(nudge) {
      // Dismissing is the notification's own close; the others become buttons, in the nudge's order.
      const actions = nudge.actions.filter(isAction).filter((action) => action !== 'dismiss');
      const buttons = withButtons ? actions : [];
      show(
        {
          title: 'Timelock',
          body: nudge.text,
          ...(buttons.length > 0 ? { actions: buttons.map((action) => ({ type: 'button' as const, text: NOTIFICATION_ACTION_LABELS[action] })) } : {}),
        },
        (notification) => {
          notification.on('click', () => {
            showing.delete(notification);
            deps.onClick?.(nudge);
          });
          notification.on('action', (details, legacyIndex) => {
            const index = details?.actionIndex ?? legacyIndex;
            const action = index === undefined ? undefined : buttons[index];
            showing.delete(notification);
            if (action) deps.onAction?.(nudge, action);
          });
        },
      );
    },
    message(text, onClick) {
      return show({ title: text.title, body: text.body }, (notification) => {
        notification.on('click', () => {
          showing.delete(notification);
          onClick?.();
        });
      });
    },
  };
}
