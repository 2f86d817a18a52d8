import { describe, expect, it } from 'vitest';
import html from '../../renderer/index.html?raw';

const page = new DOMParser().parseFromString(html, 'text/html');

describe('renderer/index.html', () => {
  it("runs no inline script: only the early asker and the app's own module, ./main.tsx, as script-src self requires", () => {
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.map((script) => script.getAttribute('src'))).toEqual(['./early/earlyAskScript.ts', './main.tsx']);
    expect(scripts.every((script) => script.textContent?.trim() === '')).toBe(true);
    expect(page.querySelectorAll('[onload], [onclick], [onerror]')).toHaveLength(0);
  });

  it('runs the early asker as a classic async script before the module: it blocks neither the parser nor the module’s download', () => {
    const [early, module] = [...page.querySelectorAll('script')];
    expect(early!.hasAttribute('async')).toBe(true);
    expect(early!.getAttribute('type')).toBeNull();
    expect(module!.getAttribute('type')).toBe('module');
  });

  it('carries the strict Content-Security-Policy for the Electron build', () => {
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp?.split(';').map((directive) => directive.trim())).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
  });

  it('names its language, title and colour schemes and has the root React renders into', () => {
    expect(page.documentElement.lang).toBe('en');
    expect(page.title).toBe('Timelock');
    expect(page.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light dark');
    expect(page.getElementById('root')).not.toBeNull();
  });
});
