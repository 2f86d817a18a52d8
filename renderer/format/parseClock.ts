// Reads a time of day as a person types it into a text field: "9:30", "09:30", "9.30", "930", "14", "9:30 pm",
// "9pm", or exactly what the window itself writes for a clock time in the person's locale ("9:30 AM", "21:30",
// "午後9:30"). A text field, not <input type="time">: the first time field a window builds costs Chromium 35–50 ms
// (its date-time editor and picker icon), on Today's first screen. Null when it is not a time of day.
import { formatClock } from './formatClock';

/** Hours and minutes, with an optional am/pm: 9, 9:30, 9.30, 09h30, 930, 0930, 9pm, 9:30 a.m. */
const TYPED_RE = /^(\d{1,2})(?:[:.h](\d{2})|(\d{2}))?(?:\s*([ap])\.?\s*(?:m\.?)?)?$/;

/** Per locale, each clock time the window writes (without spaces, lower case) to its minutes past midnight. */
const written = new Map<string, Map<string, number>>();

const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();

function writtenTimes(locale: string | undefined): Map<string, number> {
  const key = locale ?? '';
  let times = written.get(key);
  if (!times) {
    times = new Map();
    // Every minute of a day without a clock change, as formatClock writes it in UTC.
    for (let minute = 0; minute < 24 * 60; minute++) times.set(squeeze(formatClock(minute * 60_000, locale, 'UTC')), minute);
    written.set(key, times);
  }
  return times;
}

/** Minutes past midnight (0–1439), or null. */
export function parseClock(text: string, locale: string | undefined): number | null {
  const typed = TYPED_RE.exec(text.trim().toLowerCase());
  if (typed) {
    const hour = Number(typed[1]);
    const minute = Number(typed[2] ?? typed[3] ?? 0);
    const period = typed[4];
    if (minute > 59) return null;
    if (period === undefined) return hour <= 23 ? hour * 60 + minute : null;
    if (hour < 1 || hour > 12) return null;
    return ((hour % 12) + (period === 'p' ? 12 : 0)) * 60 + minute;
  }
  return writtenTimes(locale).get(squeeze(text)) ?? null;
}
