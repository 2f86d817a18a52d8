// After the next frame is painted: a task queued from a frame's callback runs once that frame is painted. What the
// window defers past a paint (the charts' turns, a view's below-the-fold parts, the other views' code) waits this way.
// A hidden page (a tab opened in the background, or one hidden while it waits) paints no frames until it is shown:
// there the task runs without waiting for a look, as the browser host's notifier, which asks whether it may notify
// only after the first paint, must for a tab nobody looks at.

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** Calls `then` in a task of its own once the next frame has been painted; the returned function calls it off. */
export function afterPaint(then: () => void): () => void {
  let wait: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame === 'undefined' || hidden()) {
    wait = setTimeout(then, 0);
    return () => clearTimeout(wait);
  }
  const painted = () => {
    document.removeEventListener('visibilitychange', onHidden);
    wait = setTimeout(then, 0);
  };
  const frame = requestAnimationFrame(painted);
  function onHidden() {
    if (!hidden()) return;
    cancelAnimationFrame(frame);
    painted();
  }
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    cancelAnimationFrame(frame);
    document.removeEventListener('visibilitychange', onHidden);
    clearTimeout(wait);
  };
}
