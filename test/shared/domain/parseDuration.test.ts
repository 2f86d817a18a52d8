import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../shared/domain/parseDuration';

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
    // Minutes after the hours without a unit, as people write them.
    ['1h30', 90],
    ['1 h 30', 90],
    ['2h5', 125],
  ];
  it.each(cases)('%s is %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  const bad = ['', '   ', 'abc', '-1', '1:3', '1:60', '1:30:00', 'h', 'm', '1x', '1.5.2', '2 days', '1e3', '30m 1h', '1h60', '1h 300'];
  it.each(bad)('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
