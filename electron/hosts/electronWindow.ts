// Our one window: where its page comes from (the built file, or the dev server when unpackaged), its hardened
// options, and the order that matters: security and the event bridge in place before anything loads.
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { ConnectableWindow, IpcBridge } from './electronIpc';
import { applySecurity, type SecuredSession, type SecuredWindow } from './electronSecurity';

export type RendererLocation = { kind: 'file'; file: string; url: string } | { kind: 'dev-server'; url: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The built renderer file, or electron-vite's dev server (ELECTRON_RENDERER_URL) — only when unpackaged and only on
 * loopback, so no environment variable can make an installed Timelock load remote content.
 */
export function rendererLocation(options: { isPackaged: boolean; devServerUrl?: string; indexFile: string }): RendererLocation {
  const { devServerUrl } = options;
  if (!options.isPackaged && devServerUrl) {
    try {
      const url = new URL(devServerUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname)) {
        return { kind: 'dev-server', url: url.href };
      }
    } catch {
      // Not a URL: fall through to the built file.
    }
    console.warn(`[timelock] ignoring ELECTRON_RENDERER_URL=${devServerUrl}: only a loopback http(s) dev server is loaded.`);
  }
  return { kind: 'file', file: options.indexFile, url: pathToFileURL(options.indexFile).href };
}

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1120,
    height: 780,
    minWidth: 720,
    minHeight: 520,
    title: 'Timelock',
    // Shown on ready-to-show, so the window never flashes empty.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    },
  };
}

export interface MainWindow extends SecuredWindow, ConnectableWindow {
  readonly webContents: SecuredWindow['webContents'] & ConnectableWindow['webContents'];
  once(event: 'closed' | 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  loadFile(file: string): Promise<void>;
  loadURL(url: string): Promise<void>;
}

/**
 * Builds the window, hardens it and connects the bus to it — all before anything loads, and synchronously, so the
 * host knows its window (and trusts its page) before the page's first request can arrive.
 */
export function createMainWindow<W extends MainWindow>(deps: {
  createWindow: (options: BrowserWindowConstructorOptions) => W;
  session: SecuredSession;
  bridge: Pick<IpcBridge, 'connect'>;
  preloadPath: string;
  rendererUrl: string;
}): W {
  const window = deps.createWindow(windowOptions(deps.preloadPath));
  applySecurity(window, deps.session, deps.rendererUrl);
  deps.bridge.connect(window);
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Loads our page; a failure is logged, the window stays (and shows nothing remote). */
export async function loadRenderer(window: Pick<MainWindow, 'loadFile' | 'loadURL'>, renderer: RendererLocation): Promise<void> {
  try {
    if (renderer.kind === 'file') await window.loadFile(renderer.file);
    else await window.loadURL(renderer.url);
  } catch (error) {
    console.error(`[timelock] the window could not load ${renderer.url}:`, error);
  }
}

/** Brings the window forward: a second launch, a notification click. */
export function showAndFocus(window: Pick<MainWindow, 'isMinimized' | 'restore' | 'show' | 'focus' | 'isDestroyed'>): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
