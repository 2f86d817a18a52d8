// One instance per data folder, writes flushed before quitting, storage notices told once the window listens,
// and nudges shown as native notifications.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, Notification, resetElectronStub } from '../../stubs/electron';
import { createEventBus } from '../../../electron/eventBus';
import { announceStorageNotices, claimSingleInstance, flushStoreBeforeQuit } from '../../../electron/hosts/electronLifecycle';
import { createElectronNotifier } from '../../../electron/hosts/electronNotifier';
import { createFakeStore } from './fakeStore';

beforeEach(() => resetElectronStub());

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('single instance', () => {
  it('a second launch quits at once', () => {
    app.singleInstanceLock = false;
    const bringForward = vi.fn();
    expect(claimSingleInstance(app, bringForward)).toBe(false);
    expect(app.quitted).toBe(true);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the first instance keeps running and brings its window forward when launched again', () => {
    const bringForward = vi.fn();
    expect(claimSingleInstance(app, bringForward)).toBe(true);
    expect(app.quitted).toBe(false);
    app.emit('second-instance', {}, ['timelock'], '/');
    expect(bringForward).toHaveBeenCalledTimes(1);
  });
});

describe('quitting', () => {
  it('waits until the store has flushed every write, then quits', async () => {
    const store = createFakeStore();
    const release = store.holdNextFlush();
    flushStoreBeforeQuit(app, store);
    app.quit();
    await tick();
    expect(store.flushes.started).toBe(1);
    expect(app.quitted).toBe(false);
    release();
    await tick();
    expect(store.flushes.finished).toBe(1);
    expect(app.quitted).toBe(true);
  });

  it('a second quit while flushing does not flush twice', async () => {
    const store = createFakeStore();
    const release = store.holdNextFlush();
    flushStoreBeforeQuit(app, store);
    app.quit();
    app.quit();
    release();
    await tick();
    expect(store.flushes.started).toBe(1);
    expect(app.quitted).toBe(true);
  });

  it('a flush that fails is reported and Timelock still quits', async () => {
    const store = createFakeStore();
    store.flush = () => Promise.reject(new Error('disk full'));
    const report = vi.fn();
    flushStoreBeforeQuit(app, store, report);
    app.quit();
    await tick();
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
    expect(app.quitted).toBe(true);
  });
});

describe('storage notices', () => {
  it('each recovery note goes out as a warning notice event', () => {
    const bus = createEventBus();
    const seen: unknown[] = [];
    bus.subscribe((name, payload) => seen.push([name, payload]));
    announceStorageNotices(bus, createFakeStore({ notices: ['settings.json was damaged and moved aside.', 'Loaded the backup.'] }));
    expect(seen).toEqual([
      ['notice', { level: 'warning', message: 'settings.json was damaged and moved aside.' }],
      ['notice', { level: 'warning', message: 'Loaded the backup.' }],
    ]);
  });
});

describe('the notifier', () => {
  const nudge = { id: 'n1', kind: 'window-ending', text: 'Your work window ends in 10 minutes.', actions: [] };

  it('shows a nudge as a native notification with its text', () => {
    createElectronNotifier({ Notification }).notify(nudge);
    expect(Notification.shown).toHaveLength(1);
    expect(Notification.shown[0]?.options).toMatchObject({ title: 'Timelock', body: nudge.text });
  });

  it('clicking it brings the window forward', () => {
    const onClick = vi.fn();
    createElectronNotifier({ Notification, onClick }).notify(nudge);
    Notification.shown[0]?.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('shows nothing where the system has no notifications', () => {
    Notification.supported = false;
    createElectronNotifier({ Notification }).notify(nudge);
    expect(Notification.shown).toEqual([]);
  });
});
