import { describe, expect, it } from 'vitest';
import { formatCellHours, formatClock, formatDuration, formatTimesheetTotal } from '../../../renderer/format/formatClock';

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
  it('timesheet totals round as its cells do, to a hundredth of an hour half up, so a lone cell and its total agree', () => {
    // 36 s is a hundredth; a minute is 0.0167 h; 18 s is half a hundredth and rounds up, 17.9 s down.
    for (const [minutes, cell, total] of [[0.6, '0.01', '0.01 h'], [1, '0.02', '0.02 h'], [0.3, '0.01', '0.01 h'], [17.9 / 60, '0', '0 h'], [45, '0.75', '0.75 h'], [0, '', '0 h']] as const) {
      expect([formatCellHours(minutes, 'en-US'), formatTimesheetTotal(minutes, 'en-US')]).toEqual([cell, total]);
    }
    expect(formatTimesheetTotal(1485, 'de-DE')).toBe('24,75 h');
  });
});
