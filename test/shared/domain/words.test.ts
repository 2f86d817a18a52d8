import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOUR, MINUTE } from '../../../shared/domain/time';
import {
  secondsWords,
  capitalize,
  clockWords,
  countWords,
  dateWords,
  dayWords,
  durationClock,
  durationWords,
  elapsedClock,
  hoursToTenth,
  capLineHours,
  hoursTowardCap,
  listWords,
  spanWords,
  whenWords,
} from '../../../shared/domain/words';

const SECOND = 1000;
const BERLIN = 'Europe/Berlin';

describe('durations in words', () => {
  it('say hours and minutes, leaving out a zero part', () => {
    expect(durationWords(35 * HOUR)).toBe('35 h');
    expect(durationWords(31 * HOUR + 30 * MINUTE)).toBe('31 h 30 min');
    expect(durationWords(45 * MINUTE)).toBe('45 min');
    expect(durationWords(60 * MINUTE)).toBe('1 h');
  });

  it('round to the nearest minute, half up: 59.5 s is a minute, 29.9 s is under one', () => {
    expect(durationWords(59.5 * SECOND)).toBe('1 min');
    expect(durationWords(30 * SECOND)).toBe('1 min');
    expect(durationWords(29.9 * SECOND)).toBe('under a minute');
    expect(durationWords(1)).toBe('under a minute');
    expect(durationWords(59 * MINUTE + 30 * SECOND)).toBe('1 h');
    expect(durationWords(59 * MINUTE + 29 * SECOND)).toBe('59 min');
  });

  it('nothing is 0 min, and a negative duration is said as nothing', () => {
    expect(durationWords(0)).toBe('0 min');
    expect(durationWords(-20 * SECOND)).toBe('0 min');
    expect(durationWords(-5 * MINUTE)).toBe('0 min');
    expect(durationWords(-3 * HOUR)).toBe('0 min');
  });

  it('hours past 100 do not wrap or group', () => {
    expect(durationWords(100 * HOUR)).toBe('100 h');
    expect(durationWords(1234 * HOUR + 5 * MINUTE)).toBe('1234 h 5 min');
  });

  it('write numbers with the digits they are given', () => {
    const arabic = new Intl.NumberFormat('ar-EG').format;
    expect(durationWords(90 * MINUTE, arabic)).toBe(`${arabic(1)} h ${arabic(30)} min`);
    expect(durationWords(0, arabic)).toBe(`${arabic(0)} min`);
  });

  it('the minutes said never run past 59 and add back up to the rounded whole', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 * HOUR }), (ms) => {
        const m = /^(?:(\d+) h)?(?: ?(\d+) min)?$/.exec(durationWords(ms));
        if (!m) return durationWords(ms) === 'under a minute';
        const minutes = Number(m[2] ?? 0);
        expect(minutes).toBeLessThan(60);
        expect(Number(m[1] ?? 0) * 60 + minutes).toBe(Math.round(ms / MINUTE));
        return true;
      }),
    ));
});

describe('a length under a minute in seconds', () => {
  it('counts whole seconds, cut: 59.6 seconds is under a minute and never reads "60 seconds"', () => {
    expect(secondsWords(59_600)).toBe('59 seconds');
    expect(secondsWords(30_000)).toBe('30 seconds');
    expect(secondsWords(1_999)).toBe('1 second');
    expect(secondsWords(400)).toBe('0 seconds');
  });
});

describe('durations as a clock', () => {
  it('h:mm with hours that do not wrap at 24 or 100', () => {
    expect(durationClock(72 * MINUTE)).toBe('1:12');
    expect(durationClock(26 * HOUR + 5 * MINUTE)).toBe('26:05');
    expect(durationClock(123 * HOUR)).toBe('123:00');
  });

  it('by the same rounding as the words: 72.9 min is 1:13, 59.5 s is 0:01', () => {
    expect(durationClock(72.9 * MINUTE)).toBe('1:13');
    expect(durationClock(59.5 * SECOND)).toBe('0:01');
    expect(durationClock(29 * SECOND)).toBe('0:00');
    expect(durationClock(59 * MINUTE + 45 * SECOND)).toBe('1:00');
  });

  it('h:mm:ss rounds to the second and carries into the minute and hour', () => {
    expect(durationClock(HOUR + 1000, { seconds: true })).toBe('1:00:01');
    expect(durationClock(120 * HOUR, { seconds: true })).toBe('120:00:00');
    expect(durationClock(59.5 * SECOND, { seconds: true })).toBe('0:01:00');
    expect(durationClock(HOUR - 400, { seconds: true })).toBe('1:00:00');
    expect(durationClock(1499, { seconds: true })).toBe('0:00:01');
  });

  it('zero and negative durations read 0:00', () => {
    expect(durationClock(0)).toBe('0:00');
    expect(durationClock(-5 * MINUTE)).toBe('0:00');
    expect(durationClock(-5 * MINUTE, { seconds: true })).toBe('0:00:00');
  });
});

describe('hours to a tenth', () => {
  it('round half up to one decimal, whole hours without one', () => {
    expect(hoursToTenth(1290)).toBe(21.5);
    expect(hoursToTenth(2100)).toBe(35);
    expect(hoursToTenth(100)).toBe(1.7);
    expect(hoursToTenth(3)).toBe(0.1);
    expect(hoursToTenth(2.9)).toBe(0);
    expect(hoursToTenth(6000)).toBe(100);
    expect(hoursToTenth(-30)).toBe(0);
  });
});

describe('a status bar\'s figures: cut, never rounded up', () => {
  it('a running clock shows a minute once it has passed', () => {
    expect(elapsedClock(59 * SECOND)).toBe('0:00');
    expect(elapsedClock(60 * SECOND)).toBe('0:01');
    expect(elapsedClock(72.9 * 60 * SECOND)).toBe('1:12');
    expect(elapsedClock(25 * 3600 * SECOND)).toBe('25:00');
    expect(elapsedClock(-5 * SECOND)).toBe('0:00');
  });

  it('work against the cap never shows the cap reached before it is', () => {
    expect(hoursTowardCap(2099)).toBe(34.9);
    expect(hoursToTenth(2099)).toBe(35);
    expect(hoursTowardCap(2100)).toBe(35);
    expect(hoursTowardCap(1290)).toBe(21.5);
    expect(hoursTowardCap(5)).toBe(0);
    expect(hoursTowardCap(-30)).toBe(0);
  });

  it('a status line shows the cap as every view does, and the work reaches that figure only with the cap', () => {
    // 24 h 53 min after a day off: 24.9 h in the window and the summary, so here too.
    expect(capLineHours(90, 1493)).toEqual({ work: 1.5, cap: 24.9 });
    // 77 min is 1.3 h, as the window says it.
    expect(capLineHours(77, 2100)).toEqual({ work: 1.3, cap: 35 });
    expect(capLineHours(1492, 1493)).toEqual({ work: 24.8, cap: 24.9 });
    expect(capLineHours(1493, 1493)).toEqual({ work: 24.9, cap: 24.9 });
    // A cap that rounds down: work just under it still reads under it.
    expect(capLineHours(1489, 1490)).toEqual({ work: 24.7, cap: 24.8 });
    expect(capLineHours(2099, 2100)).toEqual({ work: 34.9, cap: 35 });
    expect(capLineHours(2200, 2100)).toEqual({ work: 36.7, cap: 35 });
    expect(capLineHours(0, 0)).toEqual({ work: 0, cap: 0 });
  });
});

describe('dates and times in words', () => {
  const tuesday = Date.UTC(2026, 2, 24, 16, 5); // 17:05 in Berlin
  it('a clock time and a day in the zone', () => {
    expect(clockWords(tuesday, BERLIN)).toBe('17:05');
    expect(clockWords(tuesday, 'America/New_York')).toBe('12:05');
    expect(dayWords(tuesday, BERLIN)).toBe('Tue 24 Mar');
    expect(dayWords(Date.UTC(2026, 2, 24, 23, 30), BERLIN)).toBe('Wed 25 Mar');
  });

  it('a date as text reads as a day; text that is no date is given back', () => {
    expect(dateWords('2026-03-24')).toBe('Tue 24 Mar');
    expect(dateWords('2026-12-31')).toBe('Thu 31 Dec');
    expect(dateWords('next week')).toBe('next week');
  });

  it('when is said from now: today by its time, tomorrow by name, later by its day', () => {
    const now = Date.UTC(2026, 2, 24, 8, 0);
    expect(whenWords(tuesday, now, BERLIN)).toBe('at 17:05');
    expect(whenWords(tuesday, now, BERLIN, 'until')).toBe('until 17:05');
    expect(whenWords(tuesday + 24 * HOUR, now, BERLIN)).toBe('tomorrow at 17:05');
    expect(whenWords(tuesday + 24 * HOUR, now, BERLIN, 'until')).toBe('until tomorrow at 17:05');
    expect(whenWords(tuesday + 6 * 24 * HOUR, now, BERLIN)).toBe('on Mon 30 Mar at 18:05');
    // Another year's day carries its year: an import's rows and a restored backup reach years back.
    expect(whenWords(Date.UTC(2025, 10, 12, 8, 30), now, BERLIN)).toBe('on Wed 12 Nov 2025 at 09:30');
    expect(whenWords(Date.UTC(2027, 0, 4, 8, 30), now, BERLIN, 'until')).toBe('until Mon 4 Jan 2027 at 09:30');
  });

  it('a stretch is said from now as its start is, its end by the clock, or by its day when that is a later one', () => {
    const now = Date.UTC(2026, 2, 24, 8, 0);
    expect(spanWords(tuesday - 2 * HOUR, tuesday, now, BERLIN)).toBe('at 15:05–17:05');
    expect(spanWords(tuesday + 24 * HOUR, tuesday + 25 * HOUR, now, BERLIN)).toBe('tomorrow at 17:05–18:05');
    expect(spanWords(tuesday - 24 * HOUR, tuesday - 23 * HOUR, now, BERLIN)).toBe('on Mon 23 Mar at 17:05–18:05');
    expect(spanWords(tuesday + 5 * HOUR, tuesday + 9 * HOUR, now, BERLIN)).toBe('at 22:05 until tomorrow at 02:05');
    expect(spanWords(tuesday - 24 * HOUR + 5 * HOUR, tuesday - 24 * HOUR + 9 * HOUR, now, BERLIN)).toBe('on Mon 23 Mar at 22:05 until 02:05');
  });

  it('lists join with commas and a final "and"; a sentence starts with a capital', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b'])).toBe('a and b');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(capitalize('under a minute')).toBe('Under a minute');
  });
});

describe('countWords', () => {
  it('names one in the singular and any other count in the plural, an s added unless the plural is given', () => {
    expect([0, 1, 2].map((n) => countWords(n, 'day'))).toEqual(['0 days', '1 day', '2 days']);
    expect(countWords(1, 'entry', 'entries')).toBe('1 entry');
    expect(countWords(3, 'entry', 'entries')).toBe('3 entries');
  });
});
