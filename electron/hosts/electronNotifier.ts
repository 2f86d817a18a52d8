// The Notifier port for Electron: a native notification per nudge. Minimal for now — actions and snoozing from
// the notification come with the nudges work.
import type { Notifier } from '../ports';

export interface NotificationLike {
  show(): void;
  on(event: 'click' | 'close', listener: () => void): unknown;
}

export interface NotificationClass<N extends NotificationLike> {
  new (options: { title: string; body: string; silent?: boolean }): N;
  isSupported(): boolean;
}

export function createElectronNotifier<N extends NotificationLike>(deps: { Notification: NotificationClass<N>; onClick?: () => void }): Notifier {
  // Referenced until closed: a notification collected early loses its click handler on some platforms.
  const showing = new Set<N>();
  return {
    notify(nudge) {
      if (!deps.Notification.isSupported()) return;
      const notification = new deps.Notification({ title: 'Timelock', body: nudge.text });
      showing.add(notification);
      notification.on('click', () => {
        showing.delete(notification);
        deps.onClick?.();
      });
      notification.on('close', () => showing.delete(notification));
      notification.show();
    },
  };
}
