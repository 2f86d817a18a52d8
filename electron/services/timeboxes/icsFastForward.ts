// Where to start stepping through a repeating event: a rule that repeats by the second, minute, hour, day or week
// with no COUNT repeats the same way from any start a whole number of its periods later, so a daily standup since
// 2012 is stepped from a little before the range, not from 2012. Other rules are stepped from their start.
import type ICAL from 'ical.js';
import { DAY } from '../../../shared/domain/time';

type IcalEvent = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;

const SECONDS: Record<string, number> = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3600 };
const DAYS: Record<string, number> = { DAILY: 1, WEEKLY: 7 };

/**
 * A start for the event's steps a whole number of periods after its own and at least a day before `notAfter`, or
 * null to step from the event's start. `startsAt` is the event's start as an instant. Periods are added to the
 * wall-clock time, as ical.js steps, and counted from instants rounded down, so a DST hour never overshoots.
 */
export function fastForwardStart(event: IcalEvent, startsAt: number, notAfter: number): Time | null {
  const rules = event.component.getAllProperties('rrule');
  if (rules.length !== 1) return null;
  const rule = rules[0]!.getFirstValue() as InstanceType<typeof ICAL.Recur>;
  if (rule.count || 'BYSETPOS' in rule.parts) return null;
  const interval = Math.max(1, rule.interval || 1);
  const gap = notAfter - DAY - startsAt;
  if (gap <= 0) return null;
  const anchor = event.startDate.clone();
  const seconds = SECONDS[rule.freq];
  const days = DAYS[rule.freq];
  if (seconds !== undefined) {
    const periods = Math.floor(gap / 1000 / (seconds * interval));
    if (periods === 0) return null;
    anchor.adjust(0, 0, 0, periods * seconds * interval);
  } else if (days !== undefined) {
    const periods = Math.floor(gap / DAY / (days * interval));
    if (periods === 0) return null;
    anchor.adjust(periods * days * interval, 0, 0, 0);
  } else {
    return null;
  }
  return anchor;
}
