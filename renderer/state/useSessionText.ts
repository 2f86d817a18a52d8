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

/**
 * A form's values kept the same way, as JSON: the value kept under `key` when `isKept` takes it (else null: nothing
 * kept, or text from another shape of the form), a setter, and one that forgets it.
 */
export function useSessionJson<T>(key: string, isKept: (value: unknown) => value is T): [T | null, (next: T) => void, () => void] {
  const [text, setText] = useSessionText(key);
  const keep = useCallback((next: T) => setText(JSON.stringify(next)), [setText]);
  const forget = useCallback(() => setText(''), [setText]);
  return [parsed(text, isKept), keep, forget];
}

function parsed<T>(text: string, isKept: (value: unknown) => value is T): T | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isKept(value) ? value : null;
  } catch {
    return null;
  }
}

/** Forgets what is kept under `key` (a form closed from outside, which cannot clear its own). */
export function forgetSessionText(key: string): void {
  try {
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // As in read: nothing was kept.
  }
}
