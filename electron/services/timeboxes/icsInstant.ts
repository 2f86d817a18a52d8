// The instant of a time read from an iCalendar file, whichever way the file gives it: in UTC, in a zone it defines,
// in an IANA zone it names but does not define, or floating (wall-clock time, read in Timelock's zone).
import type ICAL from 'ical.js';
import { fromLocal, isValidTimeZone } from '../../../shared/domain/time';

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

/**
 * ical.js converts times in UTC or in a zone the file defines; a floating time (or a TZID the file leaves undefined)
 * is read in the IANA zone of that name, else in Timelock's zone.
 */
export function instantOf(time: Time, tzid: string | null, timeZone: string): number {
  if (time.zone && time.zone.tzid !== 'floating') return time.toUnixTime() * 1000;
  const zone = tzid !== null && isValidTimeZone(tzid) ? tzid : timeZone;
  return fromLocal({ year: time.year, month: time.month, day: time.day }, time.hour, time.minute, zone) + time.second * 1000;
}

/** Whether a time is floating (no zone: the same wall-clock time wherever one is), as ical.js read it. */
export function isFloating(time: Time, tzid: string | null): boolean {
  return tzid === null && (!time.zone || time.zone.tzid === 'floating');
}

/** The TZID a property of the component names (DTSTART, DTEND, RECURRENCE-ID…), or null when it names none. */
export function tzidOf(component: Component, property: string): string | null {
  const tzid = component.getFirstProperty(property)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : null;
}
