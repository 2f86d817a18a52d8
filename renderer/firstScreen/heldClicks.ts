// The clicks a person made on the host's first screen before the window had taken it over, which the page's first-screen
// script stopped and kept (electron/hosts/firstScreenCheck.ts): the last is made again once the window has the screen,
// on the same element (hydration keeps the host's elements). The last only: two clicks on Work while the page loaded
// were meant as one start, and Work then Fitness as Fitness.
import { HELD_CLICKS } from './firstScreenMark';

declare global {
  interface Window {
    [HELD_CLICKS]?: Element[];
  }
}

/** Clicks again the last element clicked while the host's screen was held, if it is still in the page; forgets them
 * all. A click event dispatched on it does what the person's did: it reaches React's handlers and a link or button's
 * own action, from an icon inside it as from its text. */
export function replayHeldClick(): void {
  const held = window[HELD_CLICKS];
  const last = held?.at(-1);
  if (held) held.length = 0;
  if (last?.isConnected) last.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}
