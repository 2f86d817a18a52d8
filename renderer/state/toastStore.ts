// Short-lived messages with actions: "Deleted · Undo", and nudges with their choices. Each leaves by itself after a
// while unless the person acts; nudges also go out as Web Notifications in the browser host when allowed.
import { afterPaint } from '../afterPaint';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { registerStoreReset } from './resetAllStores';

/** Long enough to reach Undo by keyboard; the time also stops while focus or the pointer is on the toast. */
export const UNDO_TOAST_MS = 20_000;
/** Nudges stay until answered or closed: each is a question, and a screen-reader user must have time to act. */
export const NUDGE_TOAST_MS = null;

export interface ToastAction {
  label: string;
  run(): void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  actions: ToastAction[];
  /** Called when the person closes the toast (not when it times out or an action runs). */
  onDismiss?: () => void;
  /** Focus moves to its first action when it appears (the control that made it is gone, as after Delete). */
  takeFocus?: boolean;
  key?: string;
}

export interface ToastOptions {
  onDismiss?: () => void;
  takeFocus?: boolean;
  /** One toast a key: a new one takes the place of the one still shown with its key (a nudge of the same kind, whose
   * question the newer one asks again), so a window left open for days does not pile up unanswered toasts. */
  key?: string;
}

/** The browser's Notification API, present only in the browser host (Electron shows native notifications itself). */
export interface WebNotifier {
  /** Asks the browser synchronously: a blocking round trip to its process, fine for a nudge now and then. */
  permission(): NotificationPermission;
  /** The same answer without blocking, for the window's start, where the round trip would hold up the first paint. */
  permissionSoon(): Promise<NotificationPermission>;
  request(): Promise<NotificationPermission>;
  show(title: string, body: string): void;
}

export interface ToastStoreState {
  toasts: Toast[];
  /** The person's choice to get nudges as desktop notifications too (browser host only). */
  webNotifications: boolean;
  /** `timeoutMs` null: it stays until acted on or closed. */
  show(message: string, actions: ToastAction[], timeoutMs: number | null, options?: ToastOptions | (() => void)): number;
  dismiss(id: number): void;
  /** Stops the toast's time while focus or the pointer is on it; `release` starts it again, whole. */
  hold(id: number): void;
  release(id: number): void;
  /** The person closed the toast. */
  close(id: number): void;
  setWebNotifications(on: boolean): Promise<void>;
}
export type ToastStore = StoreApi<ToastStoreState>;

export function createToastStore(notifier: WebNotifier | null = null): ToastStore {
  let nextId = 1;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const timeouts = new Map<number, number>();
  /** The person has turned web notifications on or off: the browser's late answer at start changes nothing then. */
  let chosen = false;
  const arm = (id: number) => {
    const ms = timeouts.get(id);
    if (ms === undefined) return;
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => store.getState().dismiss(id), ms),
    );
  };
  const store = createStore<ToastStoreState>()((set, get) => ({
    toasts: [],
    // Off until the browser answers (permissionSoon, below): a choice made meanwhile is the person's and stands.
    webNotifications: false,
    show(message, actions, timeoutMs, options) {
      const id = nextId++;
      const { onDismiss, takeFocus, key } = typeof options === 'function' ? { onDismiss: options, takeFocus: false, key: undefined } : (options ?? {});
      const replaced = key === undefined ? undefined : get().toasts.find((toast) => toast.key === key);
      if (replaced) get().dismiss(replaced.id);
      set((state) => ({ toasts: [...state.toasts, { id, message, actions, onDismiss, ...(takeFocus ? { takeFocus } : {}), ...(key === undefined ? {} : { key }) }] }));
      if (timeoutMs !== null) {
        timeouts.set(id, timeoutMs);
        arm(id);
      }
      return id;
    },
    hold(id) {
      clearTimeout(timers.get(id));
      timers.delete(id);
    },
    release(id) {
      if (get().toasts.some((t) => t.id === id)) arm(id);
    },
    dismiss(id) {
      clearTimeout(timers.get(id));
      timers.delete(id);
      timeouts.delete(id);
      set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
    },
    close(id) {
      const toast = get().toasts.find((t) => t.id === id);
      get().dismiss(id);
      toast?.onDismiss?.();
    },
    async setWebNotifications(on) {
      if (!notifier) return;
      chosen = true;
      if (!on) return set({ webNotifications: false });
      const permission = notifier.permission() === 'granted' ? 'granted' : await notifier.request();
      set({ webNotifications: permission === 'granted' });
    },
  }));
  if (notifier) {
    void notifier.permissionSoon().then(
      (permission) => {
        if (!chosen) store.setState({ webNotifications: permission === 'granted' });
      },
      () => undefined,
    );
  }
  registerStoreReset(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    timeouts.clear();
    store.setState({ toasts: [], webNotifications: false });
  });
  return store;
}

export function browserNotifier(): WebNotifier | null {
  if (typeof window === 'undefined' || window.timelock || !('Notification' in window)) return null;
  return {
    permission: () => Notification.permission,
    async permissionSoon() {
      // The Permissions API answers without blocking; Notification.permission is a synchronous call to the browser.
      // Asked once the first screen is painted: its first use opens the page's way to the browser's permission
      // service, 1.5 ms of the main thread in profiles of a cold start, for a setting no first screen shows.
      await new Promise<void>((resolve) => afterPaint(resolve));
      const status = await navigator.permissions?.query({ name: 'notifications' }).catch(() => undefined);
      if (!status) return Notification.permission;
      return status.state === 'prompt' ? 'default' : status.state;
    },
    request: () => Notification.requestPermission(),
    show: (title, body) => void new Notification(title, { body }),
  };
}
