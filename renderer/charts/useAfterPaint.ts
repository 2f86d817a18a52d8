// The value a view's charts draw from, following the view's own once a frame has been painted: when it changes (a
// week switch), the view's words show first and recharts redraws after, in a render React may interrupt. Redrawing
// in the same task held up the frame with the new week's heading by the charts' tens of milliseconds. While another
// value is on its way (weeks paged through one after another), the charts wait for it instead of drawing each one;
// and the value of another page (week) that comes hard on the heels of the one before (a person paging) is drawn once
// it has stayed a moment: a redraw started between two clicks was still running (recharts' part of it cannot be
// interrupted) when the next click came, and held up that week's heading.
import { startTransition, useEffect, useRef, useState } from 'react';
import { afterPaint } from '../afterPaint';

/** Two pages this close together are paging; the charts then wait until the value has stayed this long. Longer than
 * a switch between two weeks, shorter than a look at the charts. */
export const PAGING_MS = 250;

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** `value` as the charts should see it: at once on the first render, after a paint when it changes, later while
 * pages come one after another, and not while `pending` (a newer value is on its way). `page` says what the value is
 * of (the week shown): a new value of the same page (a refresh) is never paging. */
export function useAfterPaint<T>(value: T, pending = false, page?: unknown): T {
  const [shown, setShown] = useState(value);
  // The page shown last and when it came, and whether it came within PAGING_MS of the one before.
  const arrival = useRef({ page, at: -Infinity, paging: false });
  useEffect(() => {
    if (!Object.is(arrival.current.page, page)) {
      const at = now();
      arrival.current = { page, at, paging: at - arrival.current.at < PAGING_MS };
    }
    if (pending || Object.is(shown, value)) return;
    let cancelDraw = () => {};
    const draw = () => (cancelDraw = afterPaint(() => startTransition(() => setShown(value))));
    const wait = arrival.current.paging ? setTimeout(draw, PAGING_MS) : (draw(), undefined);
    return () => {
      clearTimeout(wait);
      cancelDraw();
    };
  }, [value, shown, pending, page]);
  return shown;
}
