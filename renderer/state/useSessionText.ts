// Text typed into a form that is not saved yet, kept in the window's sessionStorage: a reload (Ctrl+R, a crash of the
// page, the browser tab restored) gives it back, where React state alone lost it. Only for the window's own session:
// closing the window forgets it, as a form nobody saved should be.
import { useCallback, useState } from 'react';

const PREFIX = 'timelock.draft.';

function read(key: string): string {
  try {
    return window.sessionStorage.getItem(PREFIX + key) ?? '';
  } catch {
    // Storage refused (a locked-down browser): the text lives as long as the page, as before.
    return '';
  }
}

export function useSessionText(key: string): [string, (next: string) => void] {
  const [value, setValue] = useState(() => read(key));
  const set = useCallback(
    (next: string) => {
      setValue(next);
      try {
        if (next === '') window.sessionStorage.removeItem(PREFIX + key);
        else window.sessionStorage.setItem(PREFIX + key, next);
      } catch {
        // As in read: kept in memory only.
      }
    },
    [key],
  );
  return [value, set];
}

/** Forgets what is kept under `key` (a form closed from outside, which cannot clear its own). */
export function forgetSessionText(key: string): void {
  try {
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // As in read: nothing was kept.
  }
}
