import { describe, expect, it } from 'vitest';
import { checkInstant, checkStartAndEnd, parseInstant, startAndEnd } from '../../../electron/cli/parseInstant';
import { formatInstant } from '../../../electron/cli/formatInstant';
import { UsageError } from '../../../electron/cli/cliErrors';
import { parseArgs } from '../../../electron/cli/parseArgs';
import { clockWords } from '../../../shared/domain/words';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
/** The app's clock in these tests: Wed 25 March 2026, 13:00 in Berlin, 08:00 in New York. */
const NOW = Date.UTC(2026, 2, 25, 12, 0);

describe('times typed on the command line', () => {
  it('an offset or Z names one instant whatever the app zone is', () => {
    expect(parseInstant('2026-03-25T09:00+01:00', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 8, 0));
    expect(parseInstant('2026-03-25T09:00:30-0500', 'Asia/Tokyo', NOW)).toBe(Date.UTC(2026, 2, 25, 14, 0, 30));
    expect(parseInstant('2026-03-25T09:00:00.250Z', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 9, 0, 0, 250));
    expect(parseInstant('2026-03-25 09:00+05:30', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 3, 30));
  });

  it("a local time is read in the app's zone, winter and summer", () => {
    expect(parseInstant('2026-03-25T09:00', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 8, 0));
    expect(parseInstant('2026-07-01T09:00', BERLIN, NOW)).toBe(Date.UTC(2026, 6, 1, 7, 0));
  });

  it('a local time in the spring-forward gap moves forward by the gap, as everywhere in Timelock', () => {
    expect(parseInstant('2026-03-29T02:30', BERLIN, NOW)).toBe(parseInstant('2026-03-29T03:30', BERLIN, NOW));
    expect(parseInstant('2026-03-29T02:30', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('refuses what is not a time: a bare date, a word, a date or hour that does not exist, a wild offset', () => {
    for (const text of ['2026-03-25', 'yesterday', '2026-02-30T09:00', '2026-03-25T24:00', '2026-03-25T09:60', '2026-03-25T09:00+25:00', '2026-03-25T9:00']) {
      expect(parseInstant(text, BERLIN, NOW), text).toBeNull();
    }
  });
});

describe('a clock time alone on the command line', () => {
  it("is that time today in the app's zone, as the dated local form reads it", () => {
    expect(parseInstant('09:00', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 8, 0));
    expect(parseInstant('9:00', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 8, 0));
    expect(parseInstant('9:05', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 8, 5));
    expect(parseInstant('21:30', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 20, 30));
    expect(parseInstant(' 00:00 ', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 24, 23, 0));
    expect(parseInstant('09:00', NEW_YORK, NOW)).toBe(Date.UTC(2026, 2, 25, 13, 0));
    expect(parseInstant('21:30', NEW_YORK, NOW)).toBe(parseInstant('2026-03-25T21:30', NEW_YORK, NOW));
  });

  it('takes seconds and their fraction as the dated form does', () => {
    expect(parseInstant('09:00:30', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 8, 0, 30));
    expect(parseInstant('9:00:30.250', BERLIN, NOW)).toBe(Date.UTC(2026, 2, 25, 8, 0, 30, 250));
  });

  it("today is the day it is in the app's zone, not in UTC", () => {
    // 23:30 UTC: already Thursday in Berlin, still Wednesday evening in New York.
    const lateEvening = Date.UTC(2026, 2, 25, 23, 30);
    expect(parseInstant('09:00', BERLIN, lateEvening)).toBe(Date.UTC(2026, 2, 26, 8, 0));
    expect(parseInstant('09:00', NEW_YORK, lateEvening)).toBe(Date.UTC(2026, 2, 25, 13, 0));
  });

  it('on a day the clocks change, is read with the same rule as a dated local time: a skipped time past the gap, a doubled one at its first', () => {
    const springForward = Date.UTC(2026, 2, 29, 10, 0);
    expect(parseInstant('01:30', BERLIN, springForward)).toBe(Date.UTC(2026, 2, 29, 0, 30));
    expect(parseInstant('02:30', BERLIN, springForward)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(parseInstant('03:30', BERLIN, springForward)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    const fallBack = Date.UTC(2026, 9, 25, 10, 0);
    expect(parseInstant('02:30', BERLIN, fallBack)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(parseInstant('02:30', BERLIN, fallBack)).toBe(parseInstant('2026-10-25T02:30', BERLIN, fallBack));
    const newYorkSpring = Date.UTC(2026, 2, 8, 16, 0);
    expect(parseInstant('02:30', NEW_YORK, newYorkSpring)).toBe(parseInstant('2026-03-08T02:30', NEW_YORK, newYorkSpring));
    expect(parseInstant('02:30', NEW_YORK, newYorkSpring)).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });

  it('a skipped one is said to be skipped today, and read past the gap as its dated form is', () => {
    const told: string[] = [];
    const args = startEnd('02:30', '04:00');
    expect(startAndEnd(args, BERLIN, Date.UTC(2026, 2, 29, 10, 0), (line) => told.push(line))).toEqual([Date.UTC(2026, 2, 29, 1, 30), Date.UTC(2026, 2, 29, 2, 0)]);
    expect(told).toEqual(["--start '02:30' does not exist in Europe/Berlin: the clocks go forward over it today, so it is read as 03:30."]);
  });

  it('an hour or minute that does not exist, a minute in one digit, or an offset is no time: a usage mistake (exit 2)', () => {
    for (const text of ['24:00', '25:00', '9:60', '9:5', '123:00', '09:00+01:00', '09:00Z', '9h', '09:00:60']) {
      expect(parseInstant(text, BERLIN, NOW), text).toBeNull();
      const thrown = catchError(() => checkInstant(text, 'start'));
      expect(thrown, text).toBeInstanceOf(UsageError);
      expect((thrown as UsageError).exitCode).toBe(2);
    }
    expect(catchError(() => checkInstant('25:00', 'end'))?.message).toBe("--end '25:00' is not a time. Write it as 09:00 (today), 2026-03-25T09:00 (in Timelock's time zone) or 2026-03-25T09:00+01:00.");
  });

  it('two of them ending before the start, or at it, are refused with the way to write a span over midnight (exit 2), not guessed to end tomorrow', () => {
    const overMidnight = catchError(() => checkStartAndEnd(startEnd('23:00', '01:00')));
    expect(overMidnight).toBeInstanceOf(UsageError);
    expect((overMidnight as UsageError).exitCode).toBe(2);
    expect(overMidnight?.message).toBe(
      "--end '01:00' is not after --start '23:00': a time alone is today's. For a span over midnight, write --end with the next day's date, e.g. --end 2026-03-26T01:00 after --start 2026-03-25T23:00.",
    );
    expect(catchError(() => checkStartAndEnd(startEnd('9:00', '9:00')))?.message).toMatch(/^--end '9:00' is not after --start '9:00': .* e\.g\. --end 2026-03-26T09:00 after --start 2026-03-25T09:00\.$/);
    expect(catchError(() => checkStartAndEnd(startEnd('09:00:30', '09:00')))).toBeInstanceOf(UsageError);
    expect(catchError(() => checkStartAndEnd(startEnd('9:00', '10:00')))).toBeUndefined();
  });

  it('beside a dated time it is still today: a span over midnight written with one date is taken', () => {
    expect(catchError(() => checkStartAndEnd(startEnd('23:00', '2026-03-26T01:00')))).toBeUndefined();
    const thursdayNoon = Date.UTC(2026, 2, 26, 11, 0);
    expect(startAndEnd(startEnd('2026-03-25T23:00', '01:00'), BERLIN, thursdayNoon)).toEqual([Date.UTC(2026, 2, 25, 22, 0), Date.UTC(2026, 2, 26, 0, 0)]);
    expect(startAndEnd(startEnd('23:00', '2026-03-26T01:00'), BERLIN, NOW)).toEqual([Date.UTC(2026, 2, 25, 22, 0), Date.UTC(2026, 2, 26, 0, 0)]);
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
      expect(parseInstant(formatInstant(instant, zone), zone, NOW)).toBe(instant);
    }
  });
});

function startEnd(start: string, end: string) {
  return parseArgs(['--start', start, '--end', end], { options: { start: 'string', end: 'string' }, positionals: [] });
}

function catchError(run: () => unknown): Error | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as Error;
  }
}
