// The domain's week summary as `summary --json` prints it: every figure as the domain computed it (minutes), and
// every instant as ISO 8601 with the zone's offset. Fields the domain adds later pass through unchanged.
import type { WeekSummary } from '../../shared/model';
import { formatInstant } from './formatInstant';

export function weekJson(summary: WeekSummary): Record<string, unknown> {
  const iso = (instant: number) => formatInstant(instant, summary.timeZone);
  const isoOrNull = (instant: number | null) => (instant === null ? null : iso(instant));
  return {
    ...summary,
    start: iso(summary.start),
    end: iso(summary.end),
    now: iso(summary.now),
    capReachedAt: isoOrNull(summary.capReachedAt),
    dailyCapReachedAt: isoOrNull(summary.dailyCapReachedAt),
    windowEndsAt: isoOrNull(summary.windowEndsAt),
    days: summary.days.map((day) => ({ ...day, start: iso(day.start), end: iso(day.end) })),
  };
}
