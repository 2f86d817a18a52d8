// Our window: hardened options, security and the event bridge in place before any page loads, and only our page.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronStub, session } from '../../stubs/electron';
import { createMainWindow, loadRenderer, rendererLocation, showAndFocus, windowOptions } from '../../../electron/hosts/electronWindow';

const INDEX = path.resolve('/opt/Timelock/out/renderer/index.html');
const PRELOAD = path.resolve('/opt/Timelock/out/preload/preload.cjs');

beforeEach(() => resetElectronStub());
afterEach(() => vi.restoreAllMocks());

function openWindow(rendererUrl = pathToFileURL(INDEX).href) {
  const connected: unknown[] = [];
  const window = createMainWindow({
    createWindow: (options) => new BrowserWindow(options),
    session: session.defaultSession,
    bridge: { connect: (w) => (connected.push(w), () => undefined) },
    preloadPath: PRELOAD,
    rendererUrl,
  });
  return { window, connected };
}

describe('the window', () => {
  it('isolates the page: context isolation and sandbox on, no Node, web security on, our preload', () => {
    const { window } = openWindow();
    expect(window.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      preload: PRELOAD,
    });
    expect(windowOptions(PRELOAD).webPreferences).toEqual(window.webPreferences);
  });

  it('is hardened and connected to the bus before anything is loaded into it', () => {
    const { window, connected } = openWindow();
    expect(window.webContents.loaded).toEqual([]);
    expect(connected).toEqual([window]);
    expect(session.defaultSession.headersListener).not.toBeNull();
    expect(window.webContents.openWindow('https://example.com/')).toBe('deny');
  });

  it('stays hidden until its page is ready to show, so it never flashes empty', () => {
    const { window } = openWindow();
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('a second launch brings a minimized window back and focuses it', () => {
    const { window } = openWindow();
    window.minimize();
    showAndFocus(window);
    expect(window.isMinimized()).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
  });
});

describe('where the page comes from', () => {
  it('the built renderer file, loaded with loadFile', async () => {
    const location = rendererLocation({ isPackaged: true, indexFile: INDEX });
    expect(location).toEqual({ kind: 'file', file: INDEX, url: pathToFileURL(INDEX).href });
    const { window } = openWindow(location.url);
    await loadRenderer(window, location);
    expect(window.webContents.loaded).toEqual([pathToFileURL(INDEX).href]);
  });

  it('the dev server when unpackaged and ELECTRON_RENDERER_URL is a loopback address', async () => {
    const location = rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173', indexFile: INDEX });
    expect(location).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/' });
    const { window } = openWindow(location.url);
    await loadRenderer(window, location);
    expect(window.webContents.loaded).toEqual(['http://localhost:5173/']);
  });

  it('never a remote page: a packaged app ignores ELECTRON_RENDERER_URL, and a non-loopback one is ignored too', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(rendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173', indexFile: INDEX }).kind).toBe('file');
    const remote = rendererLocation({ isPackaged: false, devServerUrl: 'https://evil.example:5173', indexFile: INDEX });
    expect(remote.kind).toBe('file');
    expect(rendererLocation({ isPackaged: false, devServerUrl: 'javascript:alert(1)', indexFile: INDEX }).kind).toBe('file');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('a page that fails to load is reported, not thrown', async () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = {
      loadFile: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')),
      loadURL: () => Promise.reject(new Error('ERR_CONNECTION_REFUSED')),
    };
    await expect(loadRenderer(failing, rendererLocation({ isPackaged: true, indexFile: INDEX }))).resolves.toBeUndefined();
    expect(report).toHaveBeenCalledWith(expect.stringContaining('could not load'), expect.any(Error));
  });
});
