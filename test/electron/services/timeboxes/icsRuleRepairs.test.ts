import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../../support/testHost';
import { at, wall } from '../timeboxFixtures';

function calendar(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other app//EN', ...events.flatMap((lines, i) => ['BEGIN:VEVENT', `UID:event-${i}@example.com`, 'DTSTAMP:20260301T000000Z', ...lines, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');
}

const starts = (host: TestHost) => host.app.store.getTimeboxes().map((b) => (b.kind === 'once' ? wall(b.start) : `series ${b.firstDate}–${b.until}`)).sort();

describe('a calendar file\'s rules read as RFC 5545 says, where ical.js alone reads them otherwise', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('COUNT=0 is no occurrence at all, not an endless series: nothing is imported and the answer says why', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const text = calendar(['DTSTART:20260317T080000Z', 'DTEND:20260317T090000Z', 'RRULE:FREQ=DAILY;COUNT=0', 'SUMMARY:Never']);
    expect(await host.call('plan.importIcs', { text, categoryId: 'work' })).toEqual({
      added: 0,
      skipped: 1,
      warnings: ['“Never”: its rule repeats it 0 times (COUNT=0), so it has no occurrence; skipped.'],
    });
    expect(host.app.store.getTimeboxes()).toEqual([]);
  });

  it('a date-only UNTIL keeps that last day\'s occurrence, as one-offs and as a series', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    const text = calendar(
      ['DTSTART:20260316T070000Z', 'DTEND:20260316T080000Z', 'RRULE:FREQ=WEEKLY;UNTIL=20260330', 'SUMMARY:In UTC'],
      ['DTSTART;TZID=Europe/Berlin:20260317T070000', 'DTEND;TZID=Europe/Berlin:20260317T080000', 'RRULE:FREQ=WEEKLY;UNTIL=20260331', 'SUMMARY:Here'],
    );
    await host.call('plan.importIcs', { text, categoryId: 'work' });
    expect(starts(host)).toEqual(['2026-03-16 08:00', '2026-03-23 08:00', '2026-03-30 09:00', 'series 2026-03-17–2026-03-31']);
  });

  it('an UNTIL in UTC ends a rule whose times name a zone the file does not define at that instant, the last occurrence in', async () => {
    host = makeTestHost({ start: at('2026-12-07', '06:00') });
    // 07:00 in Berlin is 06:00 UTC in December: each UNTIL is the last occurrence's very instant, which RFC 5545 keeps.
    const text = calendar(
      ['DTSTART;TZID=Europe/Berlin:20261208T070000', 'DTEND;TZID=Europe/Berlin:20261208T080000', 'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T060000Z', 'SUMMARY:Weekly'],
      ['DTSTART;TZID=Europe/Berlin:20261209T070000', 'DTEND;TZID=Europe/Berlin:20261209T080000', 'RRULE:FREQ=DAILY;UNTIL=20261211T060000Z', 'SUMMARY:Daily'],
      // Floating, read in Timelock's zone (Europe/Berlin here), with a UTC UNTIL as some tools write.
      ['DTSTART:20261214T070000', 'DTEND:20261214T080000', 'RRULE:FREQ=DAILY;UNTIL=20261216T060000Z', 'SUMMARY:Floating'],
      // West of Greenwich: 10:00 UTC on the 22nd is 05:00 in New York, before that day's 07:00 there.
      ['DTSTART;TZID=America/New_York:20261208T070000', 'DTEND;TZID=America/New_York:20261208T080000', 'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T100000Z', 'SUMMARY:West'],
    );
    await host.call('plan.importIcs', { text, categoryId: 'work' });
    // New York's weekly event is held as one-offs (at 13:00 here): the two zones change their clocks on other dates.
    expect(starts(host)).toEqual([
      '2026-12-08 13:00', '2026-12-09 07:00', '2026-12-10 07:00', '2026-12-11 07:00',
      '2026-12-14 07:00', '2026-12-15 07:00', '2026-12-15 13:00', '2026-12-16 07:00',
      'series 2026-12-08–2026-12-22',
    ]);
  });

  it('RDATE without RRULE keeps DTSTART as the first occurrence', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    const text = calendar(['DTSTART:20260317T070000Z', 'DTEND:20260317T080000Z', 'RDATE:20260319T070000Z,20260324T070000Z', 'SUMMARY:Clinic']);
    expect((await host.call('plan.importIcs', { text, categoryId: 'work' })).added).toBe(3);
    expect(starts(host)).toEqual(['2026-03-17 08:00', '2026-03-19 08:00', '2026-03-24 08:00']);
  });

  it('a TZID neither the file defines nor any IANA zone has is read in Timelock\'s zone, and named once in a warning', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    const text = calendar(
      ['DTSTART;TZID=Mars/Olympus:20260317T090000', 'DTEND;TZID=Mars/Olympus:20260317T100000', 'SUMMARY:One'],
      ['DTSTART;TZID=Mars/Olympus:20260318T090000', 'DTEND;TZID=Mars/Olympus:20260318T100000', 'SUMMARY:Two'],
    );
    const result = await host.call('plan.importIcs', { text, categoryId: 'work' });
    expect(result).toEqual({ added: 2, skipped: 0, warnings: ['The time zone “Mars/Olympus” is neither defined in the file nor one Timelock knows: its times were read in Europe/Berlin.'] });
    expect(starts(host)).toEqual(['2026-03-17 09:00', '2026-03-18 09:00']);
  });
});
