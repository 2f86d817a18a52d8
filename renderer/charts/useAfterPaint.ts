// The value a view's charts draw from, following the view's own once a frame has been painted: when it changes (a
// week switch), the view's words show first and recharts redraws after, in a render React may interrupt. Redrawing
// in the same task held up the frame with the new week's heading by the charts' tens of milliseconds. While another
// value is on its way (weeks paged through one after another), the charts wait for it instead of drawing each one.
import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './chartQueue';

/** `value` as the charts should see it: at once on the first render, after a paint when it changes, and not while
 * `pending` (a newer value is on its way). */
export function useAfterPaint<T>(value: T, pending = false): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (pending || Object.is(shown, value)) return;
    let live = true;
    afterPaint(() => {
      if (live) startTransition(() => setShown(value));
    });
    return () => {
      live = false;
    };
  }, [value, shown, pending]);
  return shown;
}
