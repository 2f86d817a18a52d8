// How the browser host marks the first screen it drew into the page's root (renderFirstScreen.tsx): the moment and the
// locale it drew for, which the window must draw with too for React to take the host's markup over (hydrate) instead
// of drawing anew. The host writes the mark, main.tsx reads it.

/** The host's clock when it drew the screen, in epoch milliseconds. */
export const FIRST_SCREEN_NOW = 'data-first-screen';
/** The locale it drew for: the first of the browser's Accept-Language, which is navigator.language in most browsers
 * (where it is not, the page's first-screen script hides the screen and the window draws its own). */
export const FIRST_SCREEN_LOCALE = 'data-first-screen-locale';

/** Where the page's first-screen script (electron/hosts/firstScreenCheck.ts) keeps the elements clicked on the host's
 * screen before the window took it over, which drawWindow then clicks again (heldClicks.ts). */
export const HELD_CLICKS = 'timelockHeldClicks';

export interface FirstScreenMark {
  now: number;
  locale: string;
}

/** The mark on the root, or null when the host drew nothing there (Electron, an older host, a render that failed). */
export function readFirstScreenMark(root: Element): FirstScreenMark | null {
  const now = Number(root.getAttribute(FIRST_SCREEN_NOW));
  const locale = root.getAttribute(FIRST_SCREEN_LOCALE);
  if (!root.hasChildNodes() || !Number.isFinite(now) || now <= 0 || !locale) return null;
  return { now, locale };
}
