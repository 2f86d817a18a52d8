// The clock, re-read on an interval, for displays that count seconds between the domain's figures.
import { useEffect, useState } from 'react';

export function useNow(clock: () => number, intervalMs: number): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(id);
  }, [clock, intervalMs]);
  return now;
}
