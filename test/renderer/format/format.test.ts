import { describe, expect, it } from 'vitest';
import { describeError } from '../../../renderer/format/describeError';
import { formatElapsed } from '../../../renderer/format/formatElapsed';
import { formatHours } from '../../../renderer/format/formatHours';
import { parseHours } from '../../../renderer/format/parseHours';

describe('formatting for people', () => {
  it('hours with at most one decimal, in the reader’s locale', () => {
    expect(formatHours(1290, 'en-US')).toBe('21.5 h');
    expect(formatHours(1290, 'de-DE')).toBe('21,5 h');
    expect(formatHours(2100, 'en-US')).toBe('35 h');
  });

  it('elapsed time as h:mm:ss, hours past 24 kept, never negative', () => {
    expect(formatElapsed(3_723_000, 'en-US')).toBe('1:02:03');
    expect(formatElapsed(26 * 3_600_000, 'en-US')).toBe('26:00:00');
    expect(formatElapsed(-5_000, 'en-US')).toBe('0:00:00');
  });

  it('hours typed with either decimal mark; anything else is not a number of hours', () => {
    expect(parseHours(' 37.5 ')).toBe(37.5);
    expect(parseHours('37,5')).toBe(37.5);
    expect(parseHours('0')).toBe(0);
    for (const bad of ['', 'abc', '-1', '1e3', '3.', '.5', '1,000.5', 'Infinity']) expect(parseHours(bad)).toBeNull();
  });

  it('an error in words, with the fields a refused request got wrong', () => {
    expect(describeError({ code: 'conflict', message: 'That entry overlaps another.' })).toBe('That entry overlaps another.');
    expect(describeError({ code: 'bad-request', message: 'Not saved.', issues: [{ path: 'end', message: 'before start' }, { path: '', message: 'empty' }] })).toBe(
      'Not saved. (end: before start; empty)',
    );
    expect(describeError({ code: 'internal', message: '' })).toBe('Something went wrong (internal).');
  });
});
