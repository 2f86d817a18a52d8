// The browser host's page with its first screen drawn in (renderer/firstScreen/renderFirstScreen.tsx): index.html with
// Today's markup in its root, marked with the moment and locale it was drawn for, so the window's code takes it over.
// The page's head goes out before the drawing, so its CSS and code load meanwhile. Whatever goes wrong (no locale to draw for, a render that throws or takes too long), the page goes out as built and
// the window draws itself, as it did before the host drew anything.
import { FIRST_SCREEN_LOCALE, FIRST_SCREEN_NOW, type FirstScreenMark } from '../../renderer/firstScreen/firstScreenMark';
import { FIRST_SCREEN_CHECK_SOURCE, firstScreenCheckTag } from './firstScreenCheck';

/** Draws the first screen's HTML for a page opening at `mark.now` in `mark.locale`. */
export type DrawFirstScreen = (mark: FirstScreenMark) => Promise<string>;

/** Past this, the page goes out without its first screen: the window's code, arriving about then, draws it sooner. The
 * first page after the host starts may take it (its code compiles then); the draw goes on, so the next page is quick. */
export const FIRST_SCREEN_WAIT_MS = 250;

const ROOT = '<div id="root"></div>';

/** The locale the page's navigator.language will be: the first of Accept-Language, if it is one. */
export function pageLocale(acceptLanguage: string | undefined): string | null {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
  if (!first || first === '*') return null;
  try {
    return Intl.getCanonicalLocales(first)[0] ?? null;
  } catch {
    return null;
  }
}

/** The page in three parts: what comes before its root, which goes out at once (the browser asks for the CSS and the
 * code while the host draws), the root with the first screen in it (or empty, when it cannot be drawn in time), and
 * what follows. Null when the page cannot have a first screen (no locale to draw for, no root to draw in). */
export function pageWithFirstScreen(
  page: string,
  draw: DrawFirstScreen,
  request: { acceptLanguage: string | undefined; now: number; theme: string | null },
  waitMs = FIRST_SCREEN_WAIT_MS,
): { before: string; root: Promise<string>; after: string } | null {
  const { acceptLanguage, now, theme } = request;
  const locale = pageLocale(acceptLanguage);
  const at = page.indexOf(ROOT);
  if (locale === null || at < 0) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  // Through a promise, so a draw that throws at once is a draw that failed, like one that rejects.
  const drawn = Promise.resolve({ now, locale }).then(draw).catch((error: unknown) => {
    console.error('[timelock] the first screen could not be drawn; the page draws itself:', error);
    return null;
  });
  const root = Promise.race([drawn, late]).then((markup) => {
    clearTimeout(timer);
    return markup === null ? ROOT : `<div id="root" ${FIRST_SCREEN_NOW}="${now}" ${FIRST_SCREEN_LOCALE}="${escapeAttribute(locale)}">${markup}</div>`;
  });
  // The theme the window sets on <html> as it starts (bindTheme), set here already: a screen shown before the window's
  // code runs would otherwise be drawn in the system's colours, then flip to the person's chosen ones.
  let before = theme === null ? page.slice(0, at) : page.slice(0, at).replace(/<html\b/, `<html data-theme="${escapeAttribute(theme)}"`);
  // Whether the window will keep the screen, told before it is painted (firstScreenCheck.ts): first in the head after
  // the page's own policy, which lets it run by its hash.
  before = before
    .replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')/, `$1 ${FIRST_SCREEN_CHECK_SOURCE}`)
    .replace(/(<meta\s+http-equiv="Content-Security-Policy"[^>]*>)/, `$1\n    ${firstScreenCheckTag(locale)}`);
  return { before, root, after: page.slice(at + ROOT.length) };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
