// The domain writes its messages (lock reasons, nudges, overlaps) with 24-hour "17:00" clock times, the same for the
// command line and the desktop notification; the window shows every time with formatClock's hour cycle, so each
// message is passed through this once, where it enters the window (describeError, a nudge, a lock prompt, the log).
import { conventionClock } from '../../shared/localeConventions';
import { conventionsFor } from './conventionsInUse';
import { dateTimeFormat } from './intlFormats';
import { systemHourCycle } from './formatClock';

// Two-digit hours only, as the domain writes them, and not part of a longer number or a ratio ("1:30:00", "2:1").
const DOMAIN_CLOCK = /(?<![\d:.])([01]\d|2[0-3]):([0-5]\d)(?![\d:])/g;

/** A wall-clock hour and minute in the reader's clock: "5:00 PM" or "17:00". */
export function formatWallClock(hour: number, minute: number, locale: string | undefined): string {
  const conventions = conventionsFor(locale);
  if (conventions) return conventionClock(conventions.clock, hour, minute);
  // A fixed UTC day has no DST gap, so any wall time formats as itself.
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC', hourCycle: systemHourCycle(locale) }).format(Date.UTC(2000, 0, 3, hour, minute));
}

/** A domain message with its "HH:mm" clock times in the reader's clock. Apply once: a 12-hour result is not re-read. */
export function localizeClocks(text: string, locale: string | undefined): string {
  return text.replace(DOMAIN_CLOCK, (_, h: string, m: string) => formatWallClock(Number(h), Number(m), locale));
}
