// Per-test hygiene for the renderer project: unmount what a test rendered, put every store back to its initial
// state (stopping live intervals), give back the real timers, and forget the session's kept form text. jsdom has <dialog> but not showModal/close:
// a stand-in opens and closes it the same way, and puts focus inside as Chromium does (focus trapping itself is
// checked in Chromium, end to end).
// DOM matchers (toBeInTheDocument, toHaveAccessibleName …): a `getBy` query already throws when nothing matches, so a
// check written as `expect(getBy…).toBeTruthy()` could never fail on its own; these say what is checked.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetAllStores } from '../../renderer/state/resetAllStores';

if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    // As Chromium's dialog focusing steps do: an [autofocus] element, else the first focusable one inside.
    this.querySelector<HTMLElement>('[autofocus]')?.focus();
    if (!this.contains(document.activeElement)) {
      this.querySelector<HTMLElement>('button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])')?.focus();
    }
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// findBy…/waitFor give up after 1 s by default; an answer from the real services on a loaded machine can take longer.
configure({ asyncUtilTimeout: 4_000 });

afterEach(() => {
  cleanup();
  resetAllStores();
  // A test that ends on fake timers has its timers run before they go. jsdom runs animation frames on one setInterval
  // it makes when the first frame is asked for and clears once none is left: made under fake timers it would never
  // fire once they are real, and while a frame is outstanding jsdom makes no other, so every later test of the file
  // would wait for a paint forever.
  if (vi.isFakeTimers()) vi.runOnlyPendingTimers();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
  // A form's unsaved text kept for a reload (useSessionText) must not carry into the next test.
  window.sessionStorage.clear();
});
