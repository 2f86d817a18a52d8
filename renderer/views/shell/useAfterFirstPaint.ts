// For what a view shows below its first screen: false on the render that brings the view, true in a task of its own
// once that frame has been painted, so the first paint does not wait for what is not in sight yet.
import { useEffect, useState } from 'react';

/** False until a frame has been painted after the component was first committed; then true for good. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    // A task queued from a frame's callback runs after that frame is painted. Without frames (tests), a task later.
    let wait: ReturnType<typeof setTimeout> | undefined;
    const frame = typeof requestAnimationFrame === 'undefined' ? undefined : requestAnimationFrame(() => (wait = setTimeout(() => setPainted(true), 0)));
    if (frame === undefined) wait = setTimeout(() => setPainted(true), 0);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(wait);
    };
  }, [painted]);
  return painted;
}
