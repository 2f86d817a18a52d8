import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserNotifier, createToastStore, type WebNotifier } from '../../../renderer/state/toastStore';
import { holdFrames } from '../heldFrames';

/** A notifier whose asynchronous answer is held until `answer` is called. */
function heldNotifier(granted: NotificationPermission) {
  let answer!: (permission: NotificationPermission) => void;
  const notifier: WebNotifier = {
    permission: vi.fn((): NotificationPermission => granted),
    permissionSoon: () => new Promise((resolve) => (answer = resolve)),
    request: vi.fn(async (): Promise<NotificationPermission> => 'granted'),
    show: vi.fn(),
  };
  return { notifier, answer: (permission: NotificationPermission) => answer(permission) };
}

describe('toast store: web notifications at start', () => {
  it('asks the browser without blocking, and turns on once it says granted', async () => {
    const { notifier, answer } = heldNotifier('granted');
    const store = createToastStore(notifier);
    // The synchronous read is a blocking round trip to the browser's process: not at start.
    expect(notifier.permission).not.toHaveBeenCalled();
    expect(store.getState().webNotifications).toBe(false);
    answer('granted');
    await vi.waitFor(() => expect(store.getState().webNotifications).toBe(true));
  });

  it('stays off when the browser has not granted them', async () => {
    const { notifier, answer } = heldNotifier('default');
    const store = createToastStore(notifier);
    answer('denied');
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().webNotifications).toBe(false);
  });

  it('a choice the person made before the browser answered stands', async () => {
    const { notifier, answer } = heldNotifier('granted');
    const store = createToastStore(notifier);
    await store.getState().setWebNotifications(true);
    await store.getState().setWebNotifications(false);
    answer('granted');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().webNotifications).toBe(false);
  });

  it('without a notifier (the Electron host) there is nothing to ask', () => {
    expect(createToastStore(null).getState().webNotifications).toBe(false);
  });
});

describe('the browser’s notifier', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks the Permissions API once the first screen is painted, not while it is drawn', async () => {
    const frames = holdFrames();
    vi.stubGlobal('Notification', { permission: 'default' });
    const query = vi.fn(async () => ({ state: 'granted' }));
    vi.stubGlobal('navigator', { ...navigator, permissions: { query } });
    const notifier = browserNotifier()!;
    const answer = notifier.permissionSoon();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(query).not.toHaveBeenCalled();
    frames.run();
    expect(await answer).toBe('granted');
    expect(query).toHaveBeenCalledWith({ name: 'notifications' });
  });
});
