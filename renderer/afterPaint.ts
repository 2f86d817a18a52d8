// After the next frame is painted: a task queued from a frame's callback runs once that frame is painted. What the
// window defers past a paint (the charts' turns, a view's below-the-fold parts, the other views' code) waits this way.

/** Calls `then` in a task of its own once the next frame has been painted; the returned function calls it off. */
export function afterPaint(then: () => void): () => void {
  let wait: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame === 'undefined') {
    wait = setTimeout(then, 0);
    return () => clearTimeout(wait);
  }
  const frame = requestAnimationFrame(() => (wait = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(wait);
  };
}
