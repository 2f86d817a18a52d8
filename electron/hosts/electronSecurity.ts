// The Electron security checklist, applied to our one window and its session: a strict CSP with no remote origin,
// navigation, new windows and webviews denied, permissions denied, and IPC senders checked against our own page.

/** Is `candidate` our renderer: the same file (query and hash aside) or the same dev-server origin? */
export function isRendererUrl(candidate: string, rendererUrl: string): boolean {
  let url: URL;
  let ours: URL;
  try {
    url = new URL(candidate);
    ours = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (ours.protocol === 'file:') {
    return url.protocol === 'file:' && url.host === ours.host && decodeURIComponent(url.pathname) === decodeURIComponent(ours.pathname);
  }
  return url.origin === ours.origin;
}

/**
 * The page's Content-Security-Policy. Built files get the strict policy; the dev server (loopback, unpackaged only)
 * also needs its HMR websocket and the inline React-refresh preamble that @vitejs/plugin-react injects.
 */
export function contentSecurityPolicy(rendererUrl: string): string {
  const dev = new URL(rendererUrl).protocol !== 'file:';
  const hmrSocket = dev ? ` ws://${new URL(rendererUrl).host}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${hmrSocket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** What `event.sender` / `event.senderFrame` look like on an IPC event (a subset of Electron's). */
export interface IpcSenderEvent {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface OwnWindow {
  readonly webContents: unknown;
  isDestroyed(): boolean;
}

/** Trusts an IPC message only from our window's main frame while it shows our renderer. */
export function createSenderCheck(getWindow: () => OwnWindow | null, rendererUrl: string): (event: IpcSenderEvent) => boolean {
  return (event) => {
    try {
      const window = getWindow();
      if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
      const frame = event.senderFrame;
      return frame !== null && frame.parent === null && isRendererUrl(frame.url, rendererUrl);
    } catch {
      // A frame that navigated away or was disposed throws on access: not trusted.
      return false;
    }
  };
}

interface PreventableEvent {
  preventDefault(): void;
}

export interface SecuredWindow {
  readonly webContents: {
    on(event: 'will-navigate', listener: (details: PreventableEvent & { url: string }) => void): unknown;
    on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  };
}

export interface SecuredSession {
  readonly webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

export function applySecurity(window: SecuredWindow, session: SecuredSession, rendererUrl: string): void {
  const csp = contentSecurityPolicy(rendererUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    // Added to any policy the response brings: several policies are all enforced, so ours can only tighten.
    const headers = details.responseHeaders ?? {};
    const existing = headers['Content-Security-Policy'] ?? [];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [...existing, csp] } });
  });
  // Timelock needs no camera, location, notifications-from-the-page or anything else a page can ask for.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  window.webContents.on('will-navigate', (details) => {
    if (!isRendererUrl(details.url, rendererUrl)) details.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
}
