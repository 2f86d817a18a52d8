// Closing the window hides it to the tray while the setting is on; a real quit closes it and quits, also when the
// store holds the first quit to flush its writes.
import { beforeEach, describe, expect, it } from 'vitest';
import { app, BrowserWindow, resetElectronStub } from '../../stubs/electron';
import { createCloseToTray } from '../../../electron/hosts/electronCloseToTray';
import { flushStoreBeforeQuit } from '../../../electron/hosts/electronLifecycle';
import { createFakeStore } from './fakeStore';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => resetElectronStub());

function openWindow(hideToTray: { on: boolean }) {
  const window = new BrowserWindow();
  window.show();
  createCloseToTray(app, () => hideToTray.on).attach(window);
  return window;
}

describe('closing the window', () => {
  it('with hide-to-tray on, hides it: Timelock keeps running', () => {
    const window = openWindow({ on: true });
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
  });

  it('with hide-to-tray off, closes it', () => {
    const window = openWindow({ on: false });
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('follows the setting as it is when the window closes', () => {
    const setting = { on: false };
    const window = openWindow(setting);
    setting.on = true;
    window.close();
    expect(window.isDestroyed()).toBe(false);
  });
});

describe('quitting for real', () => {
  it('Quit (tray, menu, Cmd+Q) closes the hidden window and quits', () => {
    const window = openWindow({ on: true });
    window.close();
    app.quit();
    expect(window.isDestroyed()).toBe(true);
    expect(app.quitted).toBe(true);
  });

  it('still quits when the store holds the first quit to finish writing', async () => {
    const store = createFakeStore();
    const release = store.holdNextFlush();
    flushStoreBeforeQuit(app, store);
    const window = openWindow({ on: true });
    app.quit();
    expect(app.quitted).toBe(false);
    release();
    await tick();
    expect(window.isDestroyed()).toBe(true);
    expect(app.quitted).toBe(true);
  });

  it('Windows ending the session (log off, shut down) is not held up by the window', () => {
    const window = openWindow({ on: true });
    window.emit('session-end');
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });
});
