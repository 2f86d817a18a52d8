import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../renderer/format/formatClock';
import { parseClock } from '../../../renderer/format/parseClock';

const at = (hour: number, minute = 0) => hour * 60 + minute;

describe('parseClock', () => {
  it.each([
    ['9:30', at(9, 30)],
    ['09:30', at(9, 30)],
    [' 9.30 ', at(9, 30)],
    ['09h30', at(9, 30)],
    ['930', at(9, 30)],
    ['0930', at(9, 30)],
    ['1430', at(14, 30)],
    ['14', at(14)],
    ['0', at(0)],
    ['23:59', at(23, 59)],
    ['00:00', at(0)],
    ['9pm', at(21)],
    ['9:30 PM', at(21, 30)],
    ['9:30 a.m.', at(9, 30)],
    ['9:30am', at(9, 30)],
    ['12 am', at(0)],
    ['12:15 pm', at(12, 15)],
    ['12:15 a', at(0, 15)],
  ])('reads %j as %i minutes past midnight', (text, minutes) => {
    expect(parseClock(text, 'en-US')).toBe(minutes);
  });

  it.each(['', 'soon', '24:00', '9:60', '13 pm', '0 am', '9:3', '12345', '9:30 xm', '-1:00', '1:30:00'])('refuses %j', (text) => {
    expect(parseClock(text, 'en-US')).toBeNull();
  });

  it('reads back every clock time the window writes, in a 12-hour, a 24-hour and a non-Latin locale', () => {
    for (const locale of ['en-US', 'de-DE', 'ja-JP', 'ar-EG', 'ko-KR']) {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const written = formatClock(minute * 60_000, locale, 'UTC');
        expect(parseClock(written, locale), `${locale} ${written}`).toBe(minute);
      }
    }
  });
});
