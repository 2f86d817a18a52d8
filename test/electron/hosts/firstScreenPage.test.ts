import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_CHECK, FIRST_SCREEN_CHECK_SOURCE, firstScreenCheckTag } from '../../../electron/hosts/firstScreenCheck';
import { FIRST_SCREEN_WAIT_MS, pageLocale, pageWithFirstScreen } from '../../../electron/hosts/firstScreenPage';
import { CONTENT_SECURITY_POLICY } from '../../../electron/hosts/webServer';

const PAGE = '<!doctype html><html lang="en"><head><link rel="stylesheet" href="a.css"></head><body><div id="root"></div><script src="x.js"></script></body></html>';

async function whole(parts: ReturnType<typeof pageWithFirstScreen>): Promise<string> {
  if (!parts) throw new Error('no parts');
  return parts.before + (await parts.root) + parts.after;
}

describe('pageLocale', () => {
  it("is the first of Accept-Language, canonical, as the page's navigator.language will be", () => {
    expect(pageLocale('en-US,en;q=0.9')).toBe('en-US');
    expect(pageLocale('de-de;q=1, en;q=0.5')).toBe('de-DE');
    expect(pageLocale('fr')).toBe('fr');
  });
  it('is none for a header that names no locale', () => {
    expect(pageLocale(undefined)).toBeNull();
    expect(pageLocale('')).toBeNull();
    expect(pageLocale('*')).toBeNull();
    expect(pageLocale('not a locale!,en')).toBeNull();
  });
});

describe('pageWithFirstScreen', () => {
  afterEach(() => vi.useRealTimers());

  it("puts the drawing in the root, marked with the moment and locale it was drawn for, with the person's theme on <html>; the head goes first, before the drawing", async () => {
    const draw = vi.fn(async () => '<p id="drawn">Today &amp; more</p>');
    const parts = pageWithFirstScreen(PAGE, draw, { acceptLanguage: 'de-DE,de;q=0.9', now: 1_796_000_000_000, theme: 'dark' });
    expect(parts?.before).toBe('<!doctype html><html data-theme="dark" lang="en"><head><link rel="stylesheet" href="a.css"></head><body>');
    expect(await whole(parts)).toBe(
      '<!doctype html><html data-theme="dark" lang="en"><head><link rel="stylesheet" href="a.css"></head><body><div id="root" data-first-screen="1796000000000" data-first-screen-locale="de-DE"><p id="drawn">Today &amp; more</p></div><script src="x.js"></script></body></html>',
    );
    expect(draw).toHaveBeenCalledWith({ now: 1_796_000_000_000, locale: 'de-DE' });
  });

  it('starts its head with the check that hides the screen when the window will not keep it, allowed by its hash in the page\'s policy and the header\'s', async () => {
    const built = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self'"
    /><link rel="stylesheet" href="a.css"></head><body><div id="root"></div></body></html>`;
    const parts = pageWithFirstScreen(built, async () => '<p>Today</p>', { acceptLanguage: 'de-DE', now: 1, theme: null });
    const head = parts?.before ?? '';
    // The one inline script, first after the policy, before the stylesheet (which it would otherwise wait for).
    const script = /<script data-locale="de-DE">(.*?)<\/script>/.exec(head);
    expect(script?.[1]).toBe(FIRST_SCREEN_CHECK);
    expect(head.indexOf('<script')).toBeGreaterThan(head.indexOf('Content-Security-Policy'));
    expect(head.indexOf('<script')).toBeLessThan(head.indexOf('<link rel="stylesheet"'));
    // Its hash, as the browser computes it from the text, in both policies.
    const hash = `'sha256-${createHash('sha256').update(script?.[1] ?? '').digest('base64')}'`;
    expect(FIRST_SCREEN_CHECK_SOURCE).toBe(hash);
    expect(head).toContain(`script-src 'self' ${hash}; style-src`);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${hash};`);
    // A locale goes into its attribute as letters, digits and hyphens only.
    expect(firstScreenCheckTag('en-US"><script>')).toBe(`<script data-locale="en-USscript">${FIRST_SCREEN_CHECK}</script>`);
  });

  it('is the page as built when the drawing fails, and says why on the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const parts = pageWithFirstScreen(PAGE, () => Promise.reject(new Error('no snapshot')), { acceptLanguage: 'en-US', now: 1, theme: null });
    expect(await whole(parts)).toBe(PAGE);
    expect(String(error.mock.calls[0]?.[1])).toContain('no snapshot');
    const thrown = pageWithFirstScreen(
      PAGE,
      () => {
        throw new Error('drawn wrong');
      },
      { acceptLanguage: 'en-US', now: 1, theme: null },
    );
    expect(await whole(thrown)).toBe(PAGE);
    error.mockRestore();
  });

  it(`is the page as built when the drawing takes longer than ${FIRST_SCREEN_WAIT_MS} ms: the window's code draws it sooner`, async () => {
    vi.useFakeTimers();
    const parts = pageWithFirstScreen(PAGE, () => new Promise<string>((resolve) => setTimeout(() => resolve('<p>late</p>'), FIRST_SCREEN_WAIT_MS + 50)), { acceptLanguage: 'en-US', now: 1, theme: null });
    const page = whole(parts);
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_WAIT_MS);
    expect(await page).toBe(PAGE);
  });

  it('draws nothing for a page without a locale to draw in, or without an empty root', () => {
    const draw = vi.fn(async () => '<p>x</p>');
    expect(pageWithFirstScreen(PAGE, draw, { acceptLanguage: undefined, now: 1, theme: 'dark' })).toBeNull();
    expect(pageWithFirstScreen('<html><body><div id="root">x</div></body></html>', draw, { acceptLanguage: 'en-US', now: 1, theme: 'dark' })).toBeNull();
    expect(draw).not.toHaveBeenCalled();
  });
});
