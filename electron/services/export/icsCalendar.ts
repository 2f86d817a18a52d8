// iCalendar (RFC 5545) for calendar apps: one VEVENT per entry with the entry's id as UID and UTC times. Written
// here rather than with ical.js, whose folding lets continuation lines reach 76 octets; the tests parse it with ical.js.
import type { Category, Entry } from '../../../shared/model';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters are not allowed. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (a continuation's leading space counts), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

export function icsUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export function writeIcsCalendar(entries: readonly Entry[], categories: readonly Category[], now: number): string {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Timelock//Timelock//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Timelock'];
  const stamp = icsUtc(now);
  for (const e of entries) {
    const category = names.get(e.categoryId) ?? e.categoryId;
    const start = icsUtc(e.start);
    const end = icsUtc(e.end);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.id)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${start}`,
      // DTEND must be later than DTSTART: a zero-length entry (or one shorter than a second) has none, which RFC 5545
      // reads as ending when it starts.
      ...(end > start ? [`DTEND:${end}`] : []),
      `SUMMARY:${escapeText(e.note ? `${category}: ${e.note}` : category)}`,
      `CATEGORIES:${escapeText(category)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
