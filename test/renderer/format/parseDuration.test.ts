import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../renderer/format/parseDuration';
import { formatCellHours, formatClock, formatDuration } from '../../../renderer/format/formatClock';

describe('parseDuration reads a duration as people type it', () => {
  const cases: Array<[string, number]> = [
    ['1:30', 90],
    ['0:45', 45],
    ['10:05', 605],
    ['1.5', 90],
    ['1,5', 90],
    ['.25', 15],
    ['2', 120],
    ['0', 0],
    ['1h 30m', 90],
    ['1h30m', 90],
    ['1 h 30 min', 90],
    ['1H 30M', 90],
    ['90m', 90],
    ['90 min', 90],
    ['45 minutes', 45],
    ['2h', 120],
    ['2 hours', 120],
    ['1.5h', 90],
    ['  3:00  ', 180],
    ['0.33', 20],
  ];
  it.each(cases)('%s is %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  const bad = ['', '   ', 'abc', '-1', '1:3', '1:60', '1:30:00', 'h', 'm', '1x', '1.5.2', '2 days', '1e3', '30m 1h'];
  it.each(bad)('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('clock and duration formatting', () => {
  const ELEVEN_BERLIN = Date.UTC(2026, 2, 25, 10, 0);
  it('follows the locale’s hour cycle, in the given time zone', () => {
    expect(formatClock(ELEVEN_BERLIN, 'en-US', 'Europe/Berlin')).toBe('11:00 AM');
    expect(formatClock(ELEVEN_BERLIN, 'de-DE', 'Europe/Berlin')).toBe('11:00');
    expect(formatClock(Date.UTC(2026, 2, 25, 16, 30), 'en-GB', 'Europe/Berlin')).toBe('17:30');
  });
  it('durations in hours and minutes', () => {
    expect(formatDuration(90, 'en-US')).toBe('1 h 30 min');
    expect(formatDuration(45, 'en-US')).toBe('45 min');
    expect(formatDuration(120, 'en-US')).toBe('2 h');
    // Said as the lock prompts and nudges say it (words.ts): nothing is '0 min', a few seconds 'under a minute'.
    expect(formatDuration(0, 'en-US')).toBe('0 min');
    expect(formatDuration(0.2, 'en-US')).toBe('under a minute');
    expect(formatDuration(6005, 'de-DE')).toBe('100 h 5 min');
  });
  it('timesheet cells: empty for nothing, hours with up to two decimals', () => {
    expect(formatCellHours(0, 'en-US')).toBe('');
    expect(formatCellHours(90, 'en-US')).toBe('1.5');
    expect(formatCellHours(20, 'en-US')).toBe('0.33');
    expect(formatCellHours(90, 'de-DE')).toBe('1,5');
  });
});
