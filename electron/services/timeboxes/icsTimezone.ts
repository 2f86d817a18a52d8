// A VTIMEZONE for an IANA zone, built from the zone's own offsets (Intl, through the domain's offset table), so a
// calendar reading DTSTART;TZID=<zone> needs no zone database of its own. When the zone changes on the same rule
// every year of the span (the last Sunday of March at 02:00, say), each change is written once with a yearly RRULE,
// which stays right for later years too; otherwise each change in the span is written on its own.
import { DAY, MINUTE, offsetMinutes } from '../../../shared/domain/time';

interface Change {
  /** The instant the new offset starts. */
  at: number;
  from: number;
  to: number;
}

/** Observances as they read locally: a change on the old offset's wall clock. */
interface LocalChange extends Change {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** HHmmss on the old offset's wall clock. */
  time: string;
  last: boolean;
  nth: number;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The VTIMEZONE lines for `timeZone`, right for the years from `fromYear` through `toYear` (and later when rule-based). */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const changes: LocalChange[] = [];
  for (let year = fromYear; year <= toYear; year++) changes.push(...changesIn(year, timeZone).map(local));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (changes.length === 0) {
    const offset = offsetMinutes(Date.UTC(fromYear, 0, 1), timeZone);
    lines.push(...observance('STANDARD', '19700101T000000', offset, offset));
  } else {
    const rules = yearlyRules(changes, fromYear, toYear);
    if (rules) for (const rule of rules) lines.push(...observance(kindOf(rule), stamp(rule), rule.from, rule.to, rruleOf(rule)));
    else for (const change of changes) lines.push(...observance(kindOf(change), stamp(change), change.from, change.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** The zone's offset changes within a (UTC) year, each found to the millisecond. */
function changesIn(year: number, timeZone: string): Change[] {
  const found: Change[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let t = Date.UTC(year, 0, 1);
  let offset = offsetMinutes(t, timeZone);
  for (let next = t + DAY; t < end; t = next, next += DAY) {
    const later = offsetMinutes(Math.min(next, end), timeZone);
    if (later === offset) continue;
    let lo = t;
    let hi = Math.min(next, end);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetMinutes(mid, timeZone) === offset) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: offset, to: later });
    offset = later;
  }
  return found;
}

function local(change: Change): LocalChange {
  const wall = new Date(change.at + change.from * MINUTE);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const time = [wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()].map((n) => String(n).padStart(2, '0')).join('');
  return { ...change, year, month, day, weekday: wall.getUTCDay(), time, last: day + 7 > daysInMonth, nth: Math.ceil(day / 7) };
}

type Rule = LocalChange & { byDay: string };

/** One rule per kind of change when every year of the span has the same changes on the same rules; else null. */
function yearlyRules(changes: readonly LocalChange[], fromYear: number, toYear: number): Rule[] | null {
  const groups = new Map<string, LocalChange[]>();
  for (const c of changes) {
    const key = `${c.month} ${c.weekday} ${c.time} ${c.from} ${c.to}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const years = toYear - fromYear + 1;
  const rules: Rule[] = [];
  for (const group of groups.values()) {
    if (group.length !== years || new Set(group.map((c) => c.year)).size !== years) return null;
    const first = group[0]!;
    const day = WEEKDAYS[first.weekday]!;
    if (group.every((c) => c.last)) rules.push({ ...first, byDay: `-1${day}` });
    else if (group.every((c) => c.nth === first.nth)) rules.push({ ...first, byDay: `${first.nth}${day}` });
    else return null;
  }
  return rules;
}

function rruleOf(rule: Rule): string {
  return `RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.byDay}`;
}

/** DAYLIGHT when the clocks go forward; a zone changing its standard offset for good reads as STANDARD either way. */
function kindOf(change: Change): 'STANDARD' | 'DAYLIGHT' {
  return change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
}

function stamp(c: LocalChange): string {
  return `${String(c.year).padStart(4, '0')}${String(c.month).padStart(2, '0')}${String(c.day).padStart(2, '0')}T${c.time}`;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, rrule?: string): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${start}`, `TZOFFSETFROM:${utcOffset(from)}`, `TZOFFSETTO:${utcOffset(to)}`, ...(rrule ? [rrule] : []), `END:${kind}`];
}

/** +0100, -0430; seconds when a historical offset has them. */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const whole = Math.floor(abs);
  const seconds = Math.round((abs - whole) * 60);
  const text = `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}${String(whole % 60).padStart(2, '0')}`;
  return seconds > 0 ? `${text}${String(seconds).padStart(2, '0')}` : text;
}
