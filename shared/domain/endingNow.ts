// "Ending now" for time added by hand: the latest span of the asked length that ends by now and shares no minute with
// an entry or the running timer. Right after a timer stops its entry ends now, so the added time goes just before it
// instead of being refused for an overlap the person did not choose.
interface Span {
  start: number;
  end: number;
}

/** Where a `durationMs` entry "ending now" goes: [start, end) with end ≤ now, back to back with what is in the way. */
export function fitEndingNow(durationMs: number, now: number, entries: readonly Span[], timerStart: number | null): Span {
  // The running timer holds everything from its start on (entryRules), so it is in the way as an open span.
  const taken = [...entries.filter((e) => e.end > e.start), ...(timerStart !== null ? [{ start: timerStart, end: Number.POSITIVE_INFINITY }] : [])].sort(
    (a, b) => b.start - a.start,
  );
  let end = now;
  // Walking back from now, each span in the way moves the end to its start; at most one pass per span.
  for (let moved = true; moved; ) {
    moved = false;
    for (const span of taken) {
      if (span.start < end && span.end > end - durationMs) {
        end = span.start;
        moved = true;
      }
    }
  }
  return { start: end - durationMs, end };
}
