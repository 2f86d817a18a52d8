// The Electron security checklist on our window and session: CSP, navigation, new windows, webviews, permissions.
import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, resetElectronStub, session } from '../../stubs/electron';
import { applySecurity, contentSecurityPolicy, isRendererUrl } from '../../../electron/hosts/electronSecurity';

const RENDERER_URL = 'file:///opt/Timelock/out/renderer/index.html';
const DEV_URL = 'http://localhost:5173/';

function securedWindow(rendererUrl = RENDERER_URL): BrowserWindow {
  const window = new BrowserWindow();
  applySecurity(window, session.defaultSession, rendererUrl);
  return window;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

beforeEach(() => resetElectronStub());

describe('which URLs are our renderer', () => {
  it('the built file is ours whatever its hash or query; another file or any web page is not', () => {
    expect(isRendererUrl(`${RENDERER_URL}#/week`, RENDERER_URL)).toBe(true);
    expect(isRendererUrl(`${RENDERER_URL}?x=1`, RENDERER_URL)).toBe(true);
    expect(isRendererUrl('file:///opt/Timelock/out/renderer/other.html', RENDERER_URL)).toBe(false);
    expect(isRendererUrl('file:///etc/passwd', RENDERER_URL)).toBe(false);
    expect(isRendererUrl('https://example.com/', RENDERER_URL)).toBe(false);
    expect(isRendererUrl('not a url', RENDERER_URL)).toBe(false);
  });

  it('with the dev server, only its own origin is ours', () => {
    expect(isRendererUrl('http://localhost:5173/src/main.tsx', DEV_URL)).toBe(true);
    expect(isRendererUrl('http://localhost:5174/', DEV_URL)).toBe(false);
    expect(isRendererUrl('https://localhost:5173/', DEV_URL)).toBe(false);
    expect(isRendererUrl('file:///opt/Timelock/out/renderer/index.html', DEV_URL)).toBe(false);
  });
});

describe('navigation, new windows and webviews', () => {
  it('the page cannot navigate to a remote URL', () => {
    const window = securedWindow();
    expect(window.webContents.navigate('https://example.com/login')).toBe(false);
  });

  it('the page cannot navigate to another local file', () => {
    const window = securedWindow();
    expect(window.webContents.navigate('file:///home/someone/.ssh/id_rsa')).toBe(false);
  });

  it('the page may reload itself (same file)', () => {
    const window = securedWindow();
    expect(window.webContents.navigate(`${RENDERER_URL}#/settings`)).toBe(true);
  });

  it('window.open is denied, whatever the URL', () => {
    const window = securedWindow();
    expect(window.webContents.openWindow('https://example.com/')).toBe('deny');
    expect(window.webContents.openWindow(RENDERER_URL)).toBe('deny');
  });

  it('a <webview> is never attached', () => {
    const window = securedWindow();
    expect(window.webContents.attachWebview('https://example.com/')).toBe(false);
  });
});

describe('permissions', () => {
  it('every permission request is denied', async () => {
    securedWindow();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      await expect(session.defaultSession.requestPermission(permission)).resolves.toBe(false);
    }
  });

  it('every permission check answers no', () => {
    securedWindow();
    expect(session.defaultSession.checkPermission('media')).toBe(false);
    expect(session.defaultSession.checkPermission('hid')).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('every response carries the strict policy', async () => {
    securedWindow();
    const headers = await session.defaultSession.receiveHeaders(RENDERER_URL);
    const policy = [headers['Content-Security-Policy']].flat().join(';');
    const d = directives(policy);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin, no wildcard and no eval', () => {
    const policy = contentSecurityPolicy(RENDERER_URL);
    expect(policy).not.toMatch(/https?:|wss?:|\*|unsafe-eval/);
    expect(directives(policy).get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('keeps a policy the response already had: both apply, so ours can only tighten', async () => {
    securedWindow();
    const headers = await session.defaultSession.receiveHeaders(RENDERER_URL, {
      'Content-Security-Policy': ["default-src 'none'"],
      'Content-Type': ['text/html'],
    });
    expect(headers['Content-Security-Policy']).toEqual(["default-src 'none'", contentSecurityPolicy(RENDERER_URL)]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('with the dev server, it allows only that loopback origin in addition (its HMR socket), nothing remote', () => {
    const d = directives(contentSecurityPolicy(DEV_URL));
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy(DEV_URL)).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});
