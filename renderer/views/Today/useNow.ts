// The clock, re-read on an interval, for displays that count seconds between the domain's figures; and at once when
// the window's clock is let go after it took the host's first screen over (renderer/firstScreen/heldClock.ts), the
// interval starting again from then, so the seconds go on one at a time from the window's own clock.
import { useEffect, useState } from 'react';
import { whenClockReleased } from '../../firstScreen/heldClock';

export function useNow(clock: () => number, intervalMs: number): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const read = () => setNow(clock());
    // Once now, too: a clock let go between this render and its effect has no one to tell (same reading: no render).
    read();
    let id = setInterval(read, intervalMs);
    const stopWaiting = whenClockReleased(clock, () => {
      clearInterval(id);
      read();
      id = setInterval(read, intervalMs);
    });
    return () => {
      clearInterval(id);
      stopWaiting();
    };
  }, [clock, intervalMs]);
  return now;
}
