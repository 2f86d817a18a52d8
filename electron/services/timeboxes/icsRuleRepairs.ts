// Where ical.js reads a repeating event otherwise than RFC 5545 says, the event is put right before it is expanded:
// COUNT=0 (ical.js takes it for "no COUNT" and repeats forever), a date-only UNTIL (ical.js compares it as that day's
// midnight, losing the last day's occurrence), a UTC UNTIL on a rule whose DTSTART ical.js holds as wall-clock time
// (a TZID the file does not define, or floating: ical.js compares that wall clock as if it were UTC, losing the last
// occurrence east of Greenwich and adding one west) and RDATE without RRULE (ical.js drops DTSTART, which is always the
// first occurrence). Also names the TZIDs an event uses that neither the file defines nor the IANA database knows.
import ICAL from 'ical.js';
import { isValidTimeZone, toLocal } from '../../../shared/domain/time';
import { tzidOf } from './icsInstant';

type Component = InstanceType<typeof ICAL.Component>;
type Recur = InstanceType<typeof ICAL.Recur>;
type Time = InstanceType<typeof ICAL.Time>;

const ZONED = ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate'];

/**
 * Puts a master VEVENT's rules right in place; returns why it has no occurrence at all (then it is to be skipped),
 * or null.
 */
export function repairRules(vevent: Component, timeZone: string): string | null {
  const rules = vevent.getAllProperties('rrule').map((property) => property.getFirstValue() as Recur);
  if (rules.some((rule) => rule.count === 0)) return 'its rule repeats it 0 times (COUNT=0), so it has no occurrence';
  const start = vevent.getFirstPropertyValue('dtstart') as Time | null;
  if (!start) return null;
  const wallClock = !start.zone || start.zone.tzid === 'floating';
  for (const rule of rules) {
    // A date-only UNTIL is the last day the event may occur on, that whole day: its occurrence is in.
    if (rule.until && rule.until.isDate && !start.isDate) {
      rule.until = ICAL.Time.fromData({ year: rule.until.year, month: rule.until.month, day: rule.until.day, hour: 23, minute: 59, second: 59, isDate: false }, start.zone);
    } else if (rule.until && !rule.until.isDate && wallClock && rule.until.zone?.tzid === 'UTC') {
      // The instant as wall-clock time in the zone the start is read in (icsInstant's instantOf): compared like for like.
      const tzid = tzidOf(vevent, 'dtstart');
      const local = toLocal(rule.until.toUnixTime() * 1000, tzid !== null && isValidTimeZone(tzid) ? tzid : timeZone);
      rule.until = ICAL.Time.fromData({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: local.second, isDate: false }, start.zone);
    }
  }
  if (rules.length === 0 && vevent.hasProperty('rdate')) {
    const listed = vevent.getAllProperties('rdate').flatMap((property) => property.getValues());
    if (!listed.some((value) => value instanceof ICAL.Time && value.compare(start) === 0)) vevent.addPropertyWithValue('rdate', start.clone());
  }
  return null;
}

/** The TZIDs the event's times name that the file does not define and no IANA zone has: they are read in Timelock's zone. */
export function unknownTzids(vevent: Component): string[] {
  const found: string[] = [];
  for (const name of ZONED) {
    for (const property of vevent.getAllProperties(name)) {
      const tzid = property.getParameter('tzid');
      if (typeof tzid !== 'string' || isValidTimeZone(tzid)) continue;
      const value = property.getFirstValue() as unknown;
      const zone = value instanceof ICAL.Time ? value.zone : null;
      if (!zone || zone.tzid === 'floating') found.push(tzid);
    }
  }
  return found;
}
