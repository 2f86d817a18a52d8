// How the window puts itself on screen. The browser host may have drawn Today into the page already
// (renderFirstScreen.tsx): the window takes that markup over (hydrates it) when it draws the same, Today in the locale
// it was drawn for, and draws itself otherwise (Electron, another view named in the address, another language), the
// host's screen, which the page's own check hid as it loaded, taken away first.
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { ViewName } from '../state/navStore';
import { FIRST_SCREEN_LOCALE, FIRST_SCREEN_NOW, readFirstScreenMark } from './firstScreenMark';
import { holdClock } from './heldClock';
import { replayHeldClick } from './heldClicks';

export interface DrawWindowOptions {
  /** navigator.language, which the window draws in. */
  locale: string;
  /** The view the window opens on. */
  view: ViewName;
  clock: () => number;
  /** The window, drawn with this clock and calling `onViewShown` as AppEnv's: the clock reads the moment the host drew
   * at until the view is taken over (a running timer's seconds, a box due now, must read as the host wrote them), then
   * `clock`. */
  app: (clock: () => number, onViewShown?: () => void) => ReactElement;
  /** Where a difference between the host's markup and the window's is told; React then draws anew what differs. */
  onDifference?: (error: unknown) => void;
}

/** Whether the window took the host's first screen over (true) or drew itself (false). */
export function drawWindow(root: HTMLElement, options: DrawWindowOptions): boolean {
  const mark = readFirstScreenMark(root);
  if (mark === null || mark.locale !== options.locale || options.view !== 'today') {
    // The host's screen goes with its mark, not when React first commits: shown unmarked meanwhile, it would flash up
    // where the page's check had hidden it (electron/hosts/firstScreenCheck.ts).
    if (mark !== null) root.replaceChildren();
    unmark(root);
    createRoot(root).render(options.app(options.clock));
    return false;
  }
  // React hydrates the frame (header, navigation) first and the view, inside its Suspense boundary, in a pass after:
  // the clock stays at the host's moment until the view is in. Released then; or at a difference, when React draws
  // anew (the window's own answers failed, and it shows why); or, whatever else kept the view out (its code failed
  // and ViewFailed says so), RELEASE_MS after the first commit: a window that never took clicks again would be worse.
  const held = holdClock(mark.now, options.clock);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    unmark(root);
    held.release();
    // What the person clicked while the page loaded, now that the buttons work (heldClicks.ts): in a task of its own,
    // not inside the React effect that released the screen.
    setTimeout(replayHeldClick, 0);
  };
  const onDifference = options.onDifference ?? ((error: unknown) => console.warn("[timelock] the window's first screen differed from the host's and was drawn anew:", error));
  const afterCommit = () => {
    const timer = setTimeout(release, RELEASE_MS);
    return () => clearTimeout(timer);
  };
  hydrateRoot(root, <AfterFirstCommit run={afterCommit}>{options.app(held.clock, release)}</AfterFirstCommit>, {
    onRecoverableError: (error) => {
      release();
      onDifference(error);
    },
  });
  return true;
}

/** How long after the first commit the host's screen is released whatever happened to the view. */
export const RELEASE_MS = 2_000;

/** Runs `run` once its children are first on screen (its cleanup when they go). */
function AfterFirstCommit({ run, children }: { run: () => () => void; children: ReactNode }) {
  useEffect(run, [run]);
  return children;
}

/** The mark gone, the root takes clicks (the page's first-screen script holds them off the host's markup until the
 * window has it). */
function unmark(root: HTMLElement): void {
  root.removeAttribute(FIRST_SCREEN_NOW);
  root.removeAttribute(FIRST_SCREEN_LOCALE);
}
