// Weekday names in the reader's language, indexed 0 = Sunday … 6 = Saturday like the settings.
import { dateTimeFormat } from './intlFormats';
export function weekdayNames(locale: string | undefined, width: 'long' | 'short' = 'long'): string[] {
  const format = dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 4 January 2026 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2026, 0, 4 + i)));
}

/** The weekdays in the order the week runs, from the settings' first day. */
export function weekdayOrder(weekStartsOn: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (weekStartsOn + i) % 7);
}
