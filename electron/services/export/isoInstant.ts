// ISO-8601 instants as Timelock's own CSV writes them: local time in the app's zone with its offset
// (2026-11-24T10:00:00+01:00), milliseconds only when there are some, so the file reads naturally and loses nothing.
import { MINUTE, offsetMinutes, toLocal, type CalendarDate } from '../../../shared/domain/time';
import { localInstant, type LocalInstant } from '../import/wallClock';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function year(y: number): string {
  return y >= 0 && y <= 9999 ? pad(y, 4) : `${y < 0 ? '-' : '+'}${pad(Math.abs(y), 6)}`;
}

export function formatIsoInstant(instant: number, timeZone: string): string {
  const offset = offsetMinutes(instant, timeZone);
  // Zones before standard time had offsets in seconds (Berlin's 0:53:28): ISO offsets cannot say that, UTC can.
  if (!Number.isInteger(offset)) return formatIsoInstant(instant, 'UTC');
  const t = toLocal(instant, timeZone);
  const ms = ((instant % 1000) + 1000) % 1000;
  const sign = offset < 0 ? '-' : '+';
  const zone = offset === 0 && timeZone === 'UTC' ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${year(t.year)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${ms ? `.${pad(ms, 3)}` : ''}${zone}`;
}

const ISO = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * An ISO-8601 date and time. With Z or an offset it names one instant; without, it is a wall-clock time in
 * `timeZone`, read by fromLocal's DST rule (and said so when a change moved it).
 */
export function parseIsoInstant(text: string, timeZone: string): LocalInstant | string {
  const t = text.trim();
  const m = ISO.exec(t);
  if (!m) return t === '' ? 'the time is empty' : `'${t}' is not an ISO-8601 date and time (such as 2026-11-24T10:00:00+01:00)`;
  const date: CalendarDate = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  const millisecond = Math.floor(Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)));
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  utc.setUTCHours(hour, minute, second, millisecond);
  if (utc.getUTCMonth() !== date.month - 1 || utc.getUTCDate() !== date.day || hour > 23 || minute > 59 || second > 59) {
    return `'${t}' is not a real date and time`;
  }
  const zone = m[8];
  if (zone === undefined) return localInstant(date, { hour, minute, second, millisecond, hasSeconds: m[6] !== undefined }, timeZone);
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offset = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
  }
  return { instant: utc.getTime() - offset * MINUTE, dst: null };
}
