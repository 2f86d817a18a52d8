// Instants leave the CLI as ISO 8601 with the offset of the person's zone (2026-03-25T09:00:00+01:00): readable,
// and still one exact instant for any program that parses it.
import { offsetMinutes, toLocal } from '../../shared/domain/time';

const two = (n: number) => String(n).padStart(2, '0');

export function formatInstant(instant: number, timeZone: string): string {
  const local = toLocal(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const date = `${String(local.year).padStart(4, '0')}-${two(local.month)}-${two(local.day)}`;
  return `${date}T${two(local.hour)}:${two(local.minute)}:${two(local.second)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
