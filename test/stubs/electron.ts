// The `electron` module replaced at its boundary for tests: just enough of the API for the main-process code,
// with fakes that record what they were asked to do. Tests reset it through `resetElectronStub()`.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const userData = path.join(os.tmpdir(), 'timelock-electron-stub-userdata');

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, (...args: unknown[]) => unknown>();
  handle(channel: string, fn: (...args: unknown[]) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, fn);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  /** A page invokes `channel` (ipcRenderer.invoke): its handler runs with `event`; no handler rejects, as in Electron. */
  async invoke(event: unknown, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

export const app = Object.assign(new EventEmitter(), {
  paths: { userData } as Record<string, string>,
  getPath(name: string) {
    return this.paths[name] ?? path.join(os.tmpdir(), `timelock-electron-stub-${name}`);
  },
  setPath(name: string, value: string) {
    this.paths[name] = value;
  },
  getVersion: () => '0.0.0-test',
  getName: () => 'Timelock',
  isPackaged: false,
  /** What `requestSingleInstanceLock()` answers: set false to play the second instance. */
  singleInstanceLock: true,
  /** Set once a quit went through (no 'before-quit' listener prevented it). */
  quitted: false,
  exitCode: null as number | null,
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  },
  quit(): void {
    const event = fakeEvent({});
    app.emit('before-quit', event);
    if (event.defaultPrevented) return;
    // Like Electron: every window is asked to close; one that refuses (its 'close' prevented) cancels the quit.
    for (const window of BrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) return;
    }
    this.quitted = true;
  },
  exit(code = 0): void {
    this.exitCode = code;
  },
  whenReady: (): Promise<void> => Promise.resolve(),
  /** Where the app's files are (`assets/` lives under it). */
  appPath: path.join(os.tmpdir(), 'timelock-electron-stub-app'),
  getAppPath(): string {
    return this.appPath;
  },
  /** What the login-item calls set, in order; `getLoginItemSettings` answers the last. */
  loginItemCalls: [] as Array<{ openAtLogin?: boolean }>,
  setLoginItemSettings(settings: { openAtLogin?: boolean }): void {
    this.loginItemCalls.push({ ...settings });
  },
  getLoginItemSettings(): { openAtLogin: boolean } {
    return { openAtLogin: this.loginItemCalls.at(-1)?.openAtLogin ?? false };
  },
});

/**
 * Message boxes: `errors` lists every error box shown (a failed start). Open dialogs: `opened` records each (its
 * window and options) and answers `nextOpen` (a cancel unless a test sets the folder the person picks).
 */
export const dialog = {
  errors: [] as Array<{ title: string; content: string }>,
  opened: [] as Array<{ window: unknown; options: { properties?: string[] } & Record<string, unknown> }>,
  nextOpen: { canceled: true, filePaths: [] } as { canceled: boolean; filePaths: string[] },
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  },
  async showOpenDialog(window: unknown, options: { properties?: string[] } & Record<string, unknown>): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.opened.push({ window, options });
    return this.nextOpen;
  },
};

export const shell = {
  opened: [] as string[],
  async openPath(p: string) {
    this.opened.push(p);
    return '';
  },
  showItemInFolder(p: string) {
    this.opened.push(p);
  },
};

/** An Electron event object: the given fields plus preventDefault, as listeners of will-navigate etc. receive it. */
export function fakeEvent<T extends object>(fields: T): T & { defaultPrevented: boolean; preventDefault(): void } {
  return Object.assign(fields, {
    defaultPrevented: false,
    preventDefault(this: { defaultPrevented: boolean }) {
      this.defaultPrevented = true;
    },
  });
}

/** A frame as IPC reports it in `event.senderFrame`: its URL, and its parent (null for a main frame). */
export class FakeWebFrameMain {
  constructor(
    public url: string,
    public parent: FakeWebFrameMain | null = null,
  ) {}
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

let nextWebContentsId = 1;

/** A window's page: records what main sent it and loaded into it, and plays the page's own navigations. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = new FakeWebFrameMain('about:blank');
  sent: unknown[][] = [];
  loaded: string[] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  private destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    // Like Electron: sending to a closed page throws.
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  async loadFile(file: string): Promise<void> {
    this.loaded.push(pathToFileURL(file).href);
    this.startNavigation(pathToFileURL(file).href);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.startNavigation(url);
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }
  /** The page navigates itself (a link, `location.href = …`); answers whether main let it. */
  navigate(url: string): boolean {
    const event = fakeEvent({ url, isMainFrame: true, isSameDocument: false });
    this.emit('will-navigate', event, url);
    if (event.defaultPrevented) return false;
    this.startNavigation(url);
    return true;
  }
  /** The page calls `window.open(url)`; answers what the window-open handler decided ('allow' without one). */
  openWindow(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }).action : 'allow';
  }
  /** The page adds a `<webview>`; answers whether main let it attach. */
  attachWebview(src: string): boolean {
    const event = fakeEvent({});
    this.emit('will-attach-webview', event, {}, { src });
    return !event.defaultPrevented;
  }
  private startNavigation(url: string): void {
    this.emit('did-start-navigation', fakeEvent({ url, isMainFrame: true, isSameDocument: false }));
    this.mainFrame.url = url;
  }
}

/** A window: keeps the options it was built with; `close()` destroys it and its page like Electron's. */
export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((w) => !w.isDestroyed());
  }
  readonly webContents = new FakeWebContents();
  visible = false;
  focused = false;
  minimized = false;
  private destroyed = false;

  constructor(readonly options: object = {}) {
    super();
    BrowserWindow.created.push(this);
  }
  get webPreferences(): Record<string, unknown> {
    return (this.options as { webPreferences?: Record<string, unknown> }).webPreferences ?? {};
  }
  loadFile(file: string): Promise<void> {
    return this.webContents.loadFile(file);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
}

type HeadersListener = (
  details: { url: string; resourceType: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string | string[]> }) => void,
) => void;
type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string, requestingOrigin: string, details: object) => boolean;

/** A session: records its header listener and permission handlers, and plays responses and permission asks. */
export class FakeSession {
  headersListener: HeadersListener | null = null;
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  readonly webRequest = {
    onHeadersReceived: (...args: unknown[]): void => {
      this.headersListener = (args.length > 1 ? args[1] : args[0]) as HeadersListener | null;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  /** The headers a response ends up with after the listener (unchanged without one). */
  receiveHeaders(url: string, responseHeaders: Record<string, string[]> = {}): Promise<Record<string, string | string[]>> {
    const listener = this.headersListener;
    if (!listener) return Promise.resolve(responseHeaders);
    return new Promise((resolve) =>
      listener({ url, resourceType: 'mainFrame', responseHeaders }, (response) => resolve(response.responseHeaders ?? responseHeaders)),
    );
  }
  /** A page asks for a permission; Electron grants it when no handler is set. */
  requestPermission(permission: string, webContents: unknown = null): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(webContents, permission, resolve, {}));
  }
  checkPermission(permission: string, requestingOrigin = 'file:///', webContents: unknown = null): boolean {
    return this.permissionCheckHandler ? this.permissionCheckHandler(webContents, permission, requestingOrigin, {}) : true;
  }
}

export const session = { defaultSession: new FakeSession() };

export interface FakeNotificationOptions {
  title?: string;
  body?: string;
  silent?: boolean;
  subtitle?: string;
  urgency?: 'normal' | 'critical' | 'low';
  timeoutType?: 'default' | 'never';
  actions?: Array<{ type: 'button' | 'selection'; text?: string }>;
  closeButtonText?: string;
  toastXml?: string;
}

/** Desktop notifications: `Notification.shown` lists every one shown since the last reset. */
export class Notification extends EventEmitter {
  static supported = true;
  static shown: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  constructor(readonly options: FakeNotificationOptions = {}) {
    super();
  }
  show(): void {
    Notification.shown.push(this);
  }
  close(): void {
    this.emit('close', fakeEvent({}));
  }
  /** The person clicks the notification's body. */
  click(): void {
    this.emit('click', fakeEvent({}));
  }
  /** The person presses action button `index`: Electron 45 passes the index on the event, and (deprecated) as the second argument. */
  pressAction(index: number): void {
    this.emit('action', fakeEvent({ actionIndex: index, selectionIndex: -1 }), index, -1);
  }
}

/** An image read from a file: empty when the file does not exist, like Electron's. */
export class FakeNativeImage {
  template = false;
  constructor(readonly path: string | null) {}
  isEmpty(): boolean {
    return this.path === null || !fs.existsSync(this.path);
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

export const nativeImage = {
  createFromPath: (file: string): FakeNativeImage => new FakeNativeImage(file),
  createEmpty: (): FakeNativeImage => new FakeNativeImage(null),
};

interface FakeMenuItemOptions {
  id?: string;
  label?: string;
  sublabel?: string;
  toolTip?: string;
  role?: string;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  enabled?: boolean;
  visible?: boolean;
  checked?: boolean;
  click?: (...args: never[]) => void;
  submenu?: readonly object[] | FakeMenu;
}

/** A menu item as built from a template: its fields, its submenu as a menu, and `click()` to play a selection. */
export class MenuItem {
  readonly id?: string;
  readonly label: string;
  readonly role?: string;
  readonly type: NonNullable<FakeMenuItemOptions['type']>;
  readonly accelerator?: string;
  readonly enabled: boolean;
  readonly visible: boolean;
  checked: boolean;
  readonly toolTip?: string;
  readonly submenu?: FakeMenu;
  private readonly onClick?: FakeMenuItemOptions['click'];

  constructor(options: object) {
    const o = options as FakeMenuItemOptions;
    if (o.label === undefined && o.role === undefined && o.type !== 'separator') {
      throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
    }
    this.id = o.id;
    this.label = o.label ?? '';
    this.role = o.role;
    this.accelerator = o.accelerator;
    this.enabled = o.enabled ?? true;
    this.visible = o.visible ?? true;
    this.checked = o.checked ?? false;
    this.toolTip = o.toolTip;
    this.submenu = o.submenu === undefined ? undefined : o.submenu instanceof FakeMenu ? o.submenu : Menu.buildFromTemplate(o.submenu);
    this.type = o.type ?? (this.submenu ? 'submenu' : 'normal');
    this.onClick = o.click;
  }

  /** The person chooses this item: a disabled one does nothing; a checkbox flips first, as natively. */
  click(): void {
    if (!this.enabled) return;
    if (this.type === 'checkbox') this.checked = !this.checked;
    (this.onClick as ((item: MenuItem, window: undefined, event: object) => void) | undefined)?.(this, undefined, {});
  }
}

/** A menu: its items, with lookups by label or role anywhere inside (submenus included). */
export class FakeMenu {
  constructor(readonly items: MenuItem[] = []) {}
  /** Every item, depth first. */
  all(): MenuItem[] {
    return this.items.flatMap((item) => [item, ...(item.submenu?.all() ?? [])]);
  }
  byLabel(label: string): MenuItem | undefined {
    return this.all().find((item) => item.label === label);
  }
  byRole(role: string): MenuItem | undefined {
    return this.all().find((item) => item.role?.toLowerCase() === role.toLowerCase());
  }
  getMenuItemById(id: string): MenuItem | null {
    return this.all().find((item) => item.id === id) ?? null;
  }
}

export const Menu = {
  application: null as FakeMenu | null,
  built: [] as FakeMenu[],
  buildFromTemplate(template: readonly object[]): FakeMenu {
    if (!Array.isArray(template)) throw new TypeError('Invalid template for Menu: Menu template must be an array');
    const menu = new FakeMenu(template.map((item) => (item instanceof MenuItem ? item : new MenuItem(item))));
    Menu.built.push(menu);
    return menu;
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    Menu.application = menu;
  },
  getApplicationMenu(): FakeMenu | null {
    return Menu.application;
  },
};

/** A tray icon: what it shows (image, tooltip, macOS title) and its context menu. */
export class Tray extends EventEmitter {
  static created: Tray[] = [];
  toolTip = '';
  title = '';
  contextMenu: FakeMenu | null = null;
  private destroyed = false;
  constructor(public image: FakeNativeImage | string) {
    super();
    Tray.created.push(this);
  }
  setImage(image: FakeNativeImage | string): void {
    this.image = image;
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.contextMenu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** System power and input: emit 'suspend', 'resume', 'lock-screen', … on it; `idleSeconds` is what the probe answers. */
export const powerMonitor = Object.assign(new EventEmitter(), {
  idleSeconds: 0,
  getSystemIdleTime(): number {
    return this.idleSeconds;
  },
  getSystemIdleState(threshold: number): 'active' | 'idle' {
    return this.idleSeconds >= threshold ? 'idle' : 'active';
  },
});

/** System-wide shortcuts: `taken` holds accelerators another app owns (registering one fails, as in Electron). */
export const globalShortcut = {
  registered: new Map<string, () => void>(),
  taken: new Set<string>(),
  register(accelerator: string, callback: () => void): boolean {
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  },
  unregisterAll(): void {
    this.registered.clear();
  },
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  },
  /** The person presses the accelerator anywhere on the desktop; answers whether Timelock heard it. */
  press(accelerator: string): boolean {
    const callback = this.registered.get(accelerator);
    callback?.();
    return callback !== undefined;
  },
};

/** The preload's side: what it exposed to the page, keyed by the global's name. */
export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (apiKey in this.exposed) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${apiKey}`);
    this.exposed[apiKey] = api;
  },
};

class FakeIpcRenderer extends EventEmitter {
  invoked: unknown[][] = [];
  sentToMain: unknown[][] = [];
  /** How main answers an invoke; without one, Electron rejects ("No handler registered"). */
  answer: ((channel: string, ...args: unknown[]) => unknown) | null = null;
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    const answer = this.answer;
    if (!answer) return Promise.reject(new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`));
    return Promise.resolve().then(() => answer(channel, ...args));
  }
  send(channel: string, ...args: unknown[]): void {
    this.sentToMain.push([channel, ...args]);
  }
  /** Main sends a message to this page (`webContents.send`): listeners get an event object first, like Electron's. */
  receive(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, ports: [] }, ...args);
  }
}

export const ipcRenderer = new FakeIpcRenderer();

export function resetElectronStub(): void {
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  app.removeAllListeners();
  app.singleInstanceLock = true;
  app.quitted = false;
  app.exitCode = null;
  shell.opened = [];
  BrowserWindow.created = [];
  session.defaultSession = new FakeSession();
  Notification.supported = true;
  Notification.shown = [];
  dialog.errors = [];
  dialog.opened = [];
  dialog.nextOpen = { canceled: true, filePaths: [] };
  app.isPackaged = false;
  app.loginItemCalls = [];
  app.appPath = path.join(os.tmpdir(), 'timelock-electron-stub-app');
  Menu.application = null;
  Menu.built = [];
  Tray.created = [];
  powerMonitor.removeAllListeners();
  powerMonitor.idleSeconds = 0;
  globalShortcut.registered.clear();
  globalShortcut.taken.clear();
  contextBridge.exposed = {};
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked = [];
  ipcRenderer.sentToMain = [];
  ipcRenderer.answer = null;
}

const electron = {
  app,
  ipcMain,
  shell,
  dialog,
  BrowserWindow,
  session,
  Notification,
  contextBridge,
  ipcRenderer,
  Tray,
  Menu,
  MenuItem,
  nativeImage,
  powerMonitor,
  globalShortcut,
};
// electron-store does `import electron from 'electron'`: the default export must carry the same objects.
// eslint-disable-next-line no-restricted-syntax
export default electron;
