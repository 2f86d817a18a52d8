// The IPC bridge: invokes answered by the router only for our own page, push events held until it says ready.
import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, FakeWebFrameMain, fakeEvent, ipcMain, resetElectronStub } from '../../stubs/electron';
import { createEventBus, type EventBus } from '../../../electron/eventBus';
import { IPC_CHANNELS } from '../../../electron/hosts/electronChannels';
import { createIpcBridge, MAX_HELD_EVENTS } from '../../../electron/hosts/electronIpc';
import { createSenderCheck } from '../../../electron/hosts/electronSecurity';
import { ok, type Result } from '../../../shared/result';

const RENDERER_URL = 'file:///opt/Timelock/resources/app.asar/out/renderer/index.html';

function fakeRouter(answer: (channel: string, payload: unknown) => Promise<Result<unknown>> = async (channel) => ok({ answered: channel })) {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    call: (channel: string, payload: unknown) => {
      calls.push([channel, payload]);
      return answer(channel, payload);
    },
  };
}

/** The real bus, counting how many listeners are subscribed right now. */
function countingBus(): EventBus & { active: () => number } {
  const bus = createEventBus();
  let active = 0;
  return {
    emit: bus.emit,
    subscribe(listener) {
      active += 1;
      const unsubscribe = bus.subscribe(listener);
      let done = false;
      return () => {
        if (!done) active -= 1;
        done = true;
        unsubscribe();
      };
    },
    active: () => active,
  };
}

function ourWindow(): BrowserWindow {
  const window = new BrowserWindow();
  window.webContents.mainFrame.url = `${RENDERER_URL}#/today`;
  return window;
}

const fromPage = (window: BrowserWindow) => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });
const sentEvents = (window: BrowserWindow) => window.webContents.sent.filter(([channel]) => channel === IPC_CHANNELS.event).map(([, ...rest]) => rest);

function setUp() {
  const window = ourWindow();
  const router = fakeRouter();
  const bus = countingBus();
  const bridge = createIpcBridge({ ipcMain, router, bus, isTrustedSender: createSenderCheck(() => window, RENDERER_URL) });
  return { window, router, bus, bridge };
}

beforeEach(() => resetElectronStub());

describe('invoke from the page', () => {
  it('a request from our window reaches the router and comes back as its envelope', async () => {
    const { window, router } = setUp();
    const answer = await ipcMain.invoke(fromPage(window), IPC_CHANNELS.invoke, 'app.snapshot', {});
    expect(router.calls).toEqual([['app.snapshot', {}]]);
    expect(answer).toEqual({ ok: true, value: { answered: 'app.snapshot' } });
  });

  it('a request from another page URL in our window is refused as unauthorized and never reaches the router', async () => {
    const { window, router } = setUp();
    const answer = await ipcMain.invoke(
      { sender: window.webContents, senderFrame: new FakeWebFrameMain('https://evil.example/index.html') },
      IPC_CHANNELS.invoke,
      'timer.stop',
      {},
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(router.calls).toEqual([]);
  });

  it('a request from another file on disk is refused', async () => {
    const { window, router } = setUp();
    const answer = await ipcMain.invoke(
      { sender: window.webContents, senderFrame: new FakeWebFrameMain('file:///tmp/downloaded.html') },
      IPC_CHANNELS.invoke,
      'timer.stop',
      {},
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(router.calls).toEqual([]);
  });

  it('a request from a frame inside our page is refused, even at our URL', async () => {
    const { window, router } = setUp();
    const child = new FakeWebFrameMain(RENDERER_URL, window.webContents.mainFrame);
    const answer = await ipcMain.invoke({ sender: window.webContents, senderFrame: child }, IPC_CHANNELS.invoke, 'timer.stop', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(router.calls).toEqual([]);
  });

  it('a request from another window showing our URL is refused', async () => {
    const { router } = setUp();
    const other = ourWindow();
    const answer = await ipcMain.invoke(fromPage(other), IPC_CHANNELS.invoke, 'timer.stop', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(router.calls).toEqual([]);
  });

  it('a request whose frame is gone (senderFrame null) is refused', async () => {
    const { window, router } = setUp();
    const answer = await ipcMain.invoke({ sender: window.webContents, senderFrame: null }, IPC_CHANNELS.invoke, 'timer.stop', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(router.calls).toEqual([]);
  });

  it('a request with no channel name answers unknown-channel instead of throwing', async () => {
    const { window, router } = setUp();
    const answer = await ipcMain.invoke(fromPage(window), IPC_CHANNELS.invoke, { not: 'a name' }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(router.calls).toEqual([]);
  });

  it('a router that rejects still answers an internal envelope: nothing throws across IPC', async () => {
    const window = ourWindow();
    const router = fakeRouter(() => Promise.reject(new Error('boom')));
    createIpcBridge({ ipcMain, router, bus: createEventBus(), isTrustedSender: createSenderCheck(() => window, RENDERER_URL) });
    await expect(ipcMain.invoke(fromPage(window), IPC_CHANNELS.invoke, 'timer.stop', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('a sender check that throws counts as untrusted', async () => {
    const router = fakeRouter();
    const window = ourWindow();
    createIpcBridge({
      ipcMain,
      router,
      bus: createEventBus(),
      isTrustedSender: () => {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    });
    await expect(ipcMain.invoke(fromPage(window), IPC_CHANNELS.invoke, 'timer.stop', {})).resolves.toMatchObject({
      error: { code: 'unauthorized' },
    });
    expect(router.calls).toEqual([]);
  });
});

describe('push events', () => {
  it('are held until the page says ready, then delivered in the order they happened', () => {
    const { window, bus, bridge } = setUp();
    bridge.connect(window);
    bus.emit('timer.tick', { now: 1 });
    bus.emit('data.changed', { what: ['entries'] });
    bus.emit('timer.tick', { now: 2 });
    expect(sentEvents(window)).toEqual([]);

    ipcMain.emit(IPC_CHANNELS.ready, fromPage(window));
    expect(sentEvents(window)).toEqual([
      ['timer.tick', { now: 1 }],
      ['data.changed', { what: ['entries'] }],
      ['timer.tick', { now: 2 }],
    ]);

    bus.emit('timer.tick', { now: 3 });
    expect(sentEvents(window).at(-1)).toEqual(['timer.tick', { now: 3 }]);
    expect(sentEvents(window)).toHaveLength(4);
  });

  it('a ready signal from an untrusted sender does not release them', () => {
    const { window, bus, bridge } = setUp();
    bridge.connect(window);
    bus.emit('timer.tick', { now: 1 });
    ipcMain.emit(IPC_CHANNELS.ready, { sender: window.webContents, senderFrame: new FakeWebFrameMain('https://evil.example/') });
    expect(sentEvents(window)).toEqual([]);
  });

  it('a reload holds them again until the new page says ready', () => {
    const { window, bus, bridge } = setUp();
    bridge.connect(window);
    ipcMain.emit(IPC_CHANNELS.ready, fromPage(window));
    window.webContents.emit('did-start-navigation', fakeEvent({ url: RENDERER_URL, isMainFrame: true, isSameDocument: false }));
    bus.emit('timer.tick', { now: 5 });
    expect(sentEvents(window)).toEqual([]);
    ipcMain.emit(IPC_CHANNELS.ready, fromPage(window));
    expect(sentEvents(window)).toEqual([['timer.tick', { now: 5 }]]);
  });

  it('a page that never says ready keeps only the latest events, not an ever-growing queue', () => {
    const { window, bus, bridge } = setUp();
    bridge.connect(window);
    for (let now = 0; now < MAX_HELD_EVENTS + 10; now += 1) bus.emit('timer.tick', { now });
    ipcMain.emit(IPC_CHANNELS.ready, fromPage(window));
    const sent = sentEvents(window);
    expect(sent).toHaveLength(MAX_HELD_EVENTS);
    expect(sent[0]).toEqual(['timer.tick', { now: 10 }]);
  });

  it('closing the window drops its subscription: later events go nowhere', () => {
    const { window, bus, bridge } = setUp();
    bridge.connect(window);
    ipcMain.emit(IPC_CHANNELS.ready, fromPage(window));
    expect(bus.active()).toBe(1);
    window.close();
    expect(bus.active()).toBe(0);
    expect(() => bus.emit('timer.tick', { now: 9 })).not.toThrow();
    expect(sentEvents(window)).toEqual([]);
  });

  it('a window opened again after closing gets events of its own, and only one subscription is live', () => {
    const bus = countingBus();
    let current = ourWindow();
    // The sender check follows whichever window is current, as main.ts does.
    const bridge = createIpcBridge({ ipcMain, router: fakeRouter(), bus, isTrustedSender: createSenderCheck(() => current, RENDERER_URL) });
    bridge.connect(current);
    current.close();
    current = ourWindow();
    bridge.connect(current);
    ipcMain.emit(IPC_CHANNELS.ready, fromPage(current));
    bus.emit('timer.tick', { now: 7 });
    expect(sentEvents(current)).toEqual([['timer.tick', { now: 7 }]]);
    expect(bus.active()).toBe(1);
  });

  it('dispose removes the invoke handler and every subscription', () => {
    const { window, bus, bridge } = setUp();
    bridge.connect(window);
    bridge.dispose();
    expect(bus.active()).toBe(0);
    expect(ipcMain.handlers.has(IPC_CHANNELS.invoke)).toBe(false);
    expect(ipcMain.listenerCount(IPC_CHANNELS.ready)).toBe(0);
  });
});
