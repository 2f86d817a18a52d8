// Reads a duration as people type it: "1:30", "1.5" or "1,5" (hours), "1h 30m", "1h30", "90m", "2h", "45 min".
// Answers whole minutes, or null when the text is not a duration. A bare number is hours.
const CLOCK_RE = /^(\d{1,3}):([0-5]\d)$/;
const DECIMAL_RE = /^(\d{1,3}(?:[.,]\d+)?|[.,]\d+)$/;
/** "1h30", "1 h 30": minutes after the hours with no unit, as people write them. */
const HOURS_MINUTES_RE = /^(\d{1,3})\s*h\s*([0-5]?\d)$/;
const UNITS_RE = /^(?:(\d{1,3}(?:[.,]\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d{1,4}(?:[.,]\d+)?)\s*m(?:in(?:utes?|s)?)?)?$/i;

const number = (text: string) => Number(text.replace(',', '.'));

export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  const clock = CLOCK_RE.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (DECIMAL_RE.test(trimmed)) return Math.round(number(trimmed.startsWith('.') || trimmed.startsWith(',') ? `0${trimmed}` : trimmed) * 60);
  const hm = HOURS_MINUTES_RE.exec(trimmed);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]);
  const units = UNITS_RE.exec(trimmed);
  if (units && (units[1] !== undefined || units[2] !== undefined)) {
    const hours = units[1] === undefined ? 0 : number(units[1]);
    const minutes = units[2] === undefined ? 0 : number(units[2]);
    return Math.round(hours * 60 + minutes);
  }
  return null;
}
