// For what a view shows below its first screen: rendered at once when it turns out to be in sight, otherwise in a task
// of its own once the first frame is painted, so the first paint of what is in sight does not wait for it.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { afterPaint } from '../../afterPaint';

/** `children` in the same commit, before anything is painted, if their place lies within the window; otherwise an
 * empty placeholder until a frame has been painted, then `children` for good. Only this component renders again. */
export function BelowTheFold({ children }: { children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => {
    if (shown) return;
    // Measured before the paint (the layout the frame does anyway, done a little sooner).
    const top = place.current?.getBoundingClientRect().top;
    if (top !== undefined && top < window.innerHeight) {
      setShown(true);
      return;
    }
    return afterPaint(() => setShown(true));
  }, [shown]);
  return shown ? children : <div ref={place} />;
}
