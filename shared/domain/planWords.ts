// Words for the plan check's sentences: durations, local dates and boxes as a person would say them.
import type { TimeboxOccurrence } from '../planModel';
import { MINUTE, parseDate, weekdayOf } from './time';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** 35 h, 31 h 30 min, 45 min, under a minute. */
export function planDuration(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes === 0) return ms > 0 ? 'under a minute' : '0 min';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "Tue 24 Mar" for 2026-03-24. */
export function planDay(date: string): string {
  const d = parseDate(date);
  return d ? `${WEEKDAYS[weekdayOf(d)]} ${d.day} ${MONTHS[d.month - 1]}` : date;
}

/** A box by its title in quotes, else by its category's name. */
export function planBoxName(box: TimeboxOccurrence, categoryNames: ReadonlyMap<string, string>): string {
  return box.title ? `“${box.title}”` : (categoryNames.get(box.categoryId) ?? 'a box');
}

/** "a", "a and b", "a, b and c". */
export function planList(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
