import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../../electron/cli/parseInstant';
import { formatInstant } from '../../../electron/cli/formatInstant';
import { clockWords } from '../../../shared/domain/words';

const BERLIN = 'Europe/Berlin';

describe('times typed on the command line', () => {
  it('an offset or Z names one instant whatever the app zone is', () => {
    expect(parseInstant('2026-03-25T09:00+01:00', BERLIN)).toBe(Date.UTC(2026, 2, 25, 8, 0));
    expect(parseInstant('2026-03-25T09:00:30-0500', 'Asia/Tokyo')).toBe(Date.UTC(2026, 2, 25, 14, 0, 30));
    expect(parseInstant('2026-03-25T09:00:00.250Z', BERLIN)).toBe(Date.UTC(2026, 2, 25, 9, 0, 0, 250));
    expect(parseInstant('2026-03-25 09:00+05:30', BERLIN)).toBe(Date.UTC(2026, 2, 25, 3, 30));
  });

  it("a local time is read in the app's zone, winter and summer", () => {
    expect(parseInstant('2026-03-25T09:00', BERLIN)).toBe(Date.UTC(2026, 2, 25, 8, 0));
    expect(parseInstant('2026-07-01T09:00', BERLIN)).toBe(Date.UTC(2026, 6, 1, 7, 0));
  });

  it('a local time in the spring-forward gap moves forward by the gap, as everywhere in Timelock', () => {
    expect(parseInstant('2026-03-29T02:30', BERLIN)).toBe(parseInstant('2026-03-29T03:30', BERLIN));
    expect(parseInstant('2026-03-29T02:30', BERLIN)).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('refuses what is not a time: a bare date, a word, a date or hour that does not exist, a wild offset', () => {
    for (const text of ['2026-03-25', 'yesterday', '2026-02-30T09:00', '2026-03-25T24:00', '2026-03-25T09:60', '2026-03-25T09:00+25:00', '9:00']) {
      expect(parseInstant(text, BERLIN), text).toBeNull();
    }
  });
});

describe('times and durations printed by the CLI', () => {
  it('instants are ISO 8601 with the offset the zone had then', () => {
    expect(formatInstant(Date.UTC(2026, 2, 22, 23, 0), BERLIN)).toBe('2026-03-23T00:00:00+01:00');
    expect(formatInstant(Date.UTC(2026, 2, 29, 22, 0), BERLIN)).toBe('2026-03-30T00:00:00+02:00');
    expect(formatInstant(Date.UTC(2026, 0, 1, 12, 0, 5), 'America/New_York')).toBe('2026-01-01T07:00:05-05:00');
    expect(formatInstant(Date.UTC(2026, 0, 1, 12, 0), 'Asia/Kolkata')).toBe('2026-01-01T17:30:00+05:30');
    expect(clockWords(Date.UTC(2026, 2, 25, 8, 5), BERLIN)).toBe('09:05');
  });

  it('what the CLI prints reads back as the same instant', () => {
    const instant = Date.UTC(2026, 9, 25, 0, 30, 15);
    for (const zone of [BERLIN, 'America/New_York', 'Australia/Lord_Howe', 'UTC']) {
      expect(parseInstant(formatInstant(instant, zone), zone)).toBe(instant);
    }
  });
});
