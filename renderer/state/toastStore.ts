// Short-lived messages with actions: "Deleted · Undo", and nudges with their choices. Each leaves by itself after a
// while unless the person acts; nudges also go out as Web Notifications in the browser host when allowed.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { registerStoreReset } from './resetAllStores';

export const UNDO_TOAST_MS = 8_000;
export const NUDGE_TOAST_MS = 60_000;

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
}

/** The browser's Notification API, present only in the browser host (Electron shows native notifications itself). */
export interface WebNotifier {
  permission(): NotificationPermission;
  request(): Promise<NotificationPermission>;
  show(title: string, body: string): void;
}

export interface ToastStoreState {
  toasts: Toast[];
  /** The person's choice to get nudges as desktop notifications too (browser host only). */
  webNotifications: boolean;
  show(message: string, actions: ToastAction[], timeoutMs: number, onDismiss?: () => void): number;
  dismiss(id: number): void;
  /** The person closed the toast. */
  close(id: number): void;
  setWebNotifications(on: boolean): Promise<void>;
}
export type ToastStore = StoreApi<ToastStoreState>;

export function createToastStore(notifier: WebNotifier | null = null): ToastStore {
  let nextId = 1;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const store = createStore<ToastStoreState>()((set, get) => ({
    toasts: [],
    webNotifications: notifier?.permission() === 'granted',
    show(message, actions, timeoutMs, onDismiss) {
      const id = nextId++;
      set((state) => ({ toasts: [...state.toasts, { id, message, actions, onDismiss }] }));
      timers.set(
        id,
        setTimeout(() => get().dismiss(id), timeoutMs),
      );
      return id;
    },
    dismiss(id) {
      clearTimeout(timers.get(id));
      timers.delete(id);
      set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
    },
    close(id) {
      const toast = get().toasts.find((t) => t.id === id);
      get().dismiss(id);
      toast?.onDismiss?.();
    },
    async setWebNotifications(on) {
      if (!notifier) return;
      if (!on) return set({ webNotifications: false });
      const permission = notifier.permission() === 'granted' ? 'granted' : await notifier.request();
      set({ webNotifications: permission === 'granted' });
    },
  }));
  registerStoreReset(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    store.setState({ toasts: [], webNotifications: false });
  });
  return store;
}

export function browserNotifier(): WebNotifier | null {
  if (typeof window === 'undefined' || window.timelock || !('Notification' in window)) return null;
  return {
    permission: () => Notification.permission,
    request: () => Notification.requestPermission(),
    show: (title, body) => void new Notification(title, { body }),
  };
}
