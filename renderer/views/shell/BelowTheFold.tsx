// What a view shows under its first screen (Today's form for time added by hand): on the window's first screen it is
// drawn once that screen is painted, so the part a person sees first does not wait for it. A form's fields cost the
// first render their elements, its layout and the session's stored drafts (sessionStorage opens on first use); Today
// without its form painted 8–20 ms sooner in interleaved cold loads. Once the window has painted its first screen, a
// view opened again draws everything at once: a part appearing a frame late is for the cold start only. Today's rows
// past its first screen wait the same way (useFirstScreenPainted, in TodayEntries).
import { useEffect, useState, type ReactNode } from 'react';
import { afterPaint } from '../../afterPaint';
import { useAppEnv } from '../../AppEnv';

/** The windows (by their stores) whose first screen has been painted. */
const painted = new WeakSet<object>();

/** Whether this window's first screen has been painted: false in the first render of a cold start, true a frame
 * later and ever after. */
export function useFirstScreenPainted(): boolean {
  const { stores } = useAppEnv();
  const [shown, setShown] = useState(() => painted.has(stores));
  useEffect(() => {
    if (shown) return;
    return afterPaint(() => {
      painted.add(stores);
      setShown(true);
    });
  }, [shown, stores]);
  return shown;
}

export function BelowTheFold({ children }: { children: ReactNode }) {
  return useFirstScreenPainted() ? children : null;
}
