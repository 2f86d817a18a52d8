// How many times a repeating event repeats before an instant, at least, worked out from its rule without expanding
// it: a calendar whose events repeat every minute since 1970 is refused before any of that work is done.
import type ICAL from 'ical.js';

type IcalEvent = InstanceType<typeof ICAL.Event>;

const HOUR = 3600_000;
/** The longest a step of each frequency can be (a DST change adds an hour), so the count is a lower bound. */
const LONGEST_STEP: Record<string, number> = {
  SECONDLY: 1000,
  MINUTELY: 60_000,
  HOURLY: 2 * HOUR,
  DAILY: 25 * HOUR,
  WEEKLY: 7 * 24 * HOUR + HOUR,
  MONTHLY: 31 * 24 * HOUR + HOUR,
  YEARLY: 366 * 24 * HOUR + HOUR,
};

/**
 * A lower bound on the occurrences of the event's rules from its start up to `until` (an instant), or 0 when a rule
 * has BY… parts (they can thin a rule out, so only stepping through it tells). `startsAt` is the event's start.
 */
export function repeatsAtLeast(event: IcalEvent, startsAt: number, until: number): number {
  let most = 0;
  for (const property of event.component.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as InstanceType<typeof ICAL.Recur>;
    const step = LONGEST_STEP[rule.freq];
    if (step === undefined || Object.keys(rule.parts).length > 0) return 0;
    // UNTIL may be a floating or local time: read as UTC and taken a day early, the count stays a lower bound.
    const end = rule.until ? Math.min(until, rule.until.toUnixTime() * 1000 - 24 * HOUR) : until;
    const steps = Math.max(0, Math.floor((end - startsAt) / (step * Math.max(1, rule.interval || 1))));
    most = Math.max(most, rule.count ? Math.min(rule.count, steps) : steps);
  }
  return most;
}
