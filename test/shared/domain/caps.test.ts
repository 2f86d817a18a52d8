import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capLevel, capStatus, dailyCapStatus, dailyLimit, dayOf, limitReachedAt, weekOf, weeklyCapStatus, weeklyLimit } from '../../../shared/domain/caps';
import { areaLookup, runStretch, spansOf } from '../../../shared/domain/spans';
import { HOUR, MINUTE } from '../../../shared/domain/time';
import { CATEGORIES, entry, settings, t, timer } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
const PERIOD = { start: at('2026-03-23'), end: at('2026-03-30') };

describe('cap figures', () => {
  it.each([
    ['under the cap', 30 * 60, { remainingMinutes: 5 * 60, overCapMinutes: 0 }],
    ['exactly at the cap', 35 * 60, { remainingMinutes: 0, overCapMinutes: 0 }],
    ['over the cap', 38 * 60, { remainingMinutes: 0, overCapMinutes: 3 * 60 }],
    // Seconds past the cap read as the cap in whole minutes: not "over by 0:00".
    ['0.4 s past the cap', 35 * 60 + 0.4 / 60, { remainingMinutes: 0, overCapMinutes: 0 }],
    ['half a minute past the cap', 35 * 60 + 0.5, { remainingMinutes: 0, overCapMinutes: 0.5 }],
  ])('%s: used, remaining and over-cap add up', (_, usedMinutes, expected) => {
    expect(capStatus(35 * 60, usedMinutes * MINUTE, PERIOD, at('2026-03-27 12:00'), null)).toMatchObject({ capMinutes: 2100, usedMinutes, ...expected, reachedAt: null });
  });

  it('a running work timer reaches the cap exactly when the remaining time has passed: now + remaining', () => {
    const now = at('2026-03-27 12:00');
    expect(capStatus(35 * 60, 33 * HOUR + 20 * MINUTE, PERIOD, now, { from: now - HOUR, until: Infinity }).reachedAt).toBe(now + 100 * MINUTE);
  });

  it('a work timer that runs into an entry saved ahead reaches the cap only if it gets there before that entry', () => {
    const now = at('2026-03-27 12:00');
    const used = 33 * HOUR + 20 * MINUTE;
    expect(capStatus(35 * 60, used, PERIOD, now, { from: now - HOUR, until: now + 100 * MINUTE }).reachedAt).toBe(now + 100 * MINUTE);
    expect(capStatus(35 * 60, used, PERIOD, now, { from: now - HOUR, until: now + 99 * MINUTE }).reachedAt).toBeNull();
    // Its start under an entry that ends later: it adds from that end.
    expect(capStatus(35 * 60, used, PERIOD, now, { from: now + HOUR, until: Infinity }).reachedAt).toBe(now + 160 * MINUTE);
  });

  it.each([
    ['no work timer runs', 30, true, false],
    ['the cap is reached already', 36, true, true],
    ['the week ends first', 1, false, true],
  ])('no reach instant when %s', (_, usedHours, inPeriod, running) => {
    const now = inPeriod ? at('2026-03-27 12:00') : at('2026-03-29 20:00');
    expect(capStatus(35 * 60, usedHours * HOUR, PERIOD, now, running ? { from: now, until: Infinity } : null).reachedAt).toBeNull();
  });
});

describe('weekly and daily caps from the entries', () => {
  const s = settings(BERLIN, { dailyCapMinutes: 8 * 60 });
  const entries = [
    entry('work', at('2026-03-23 09:00'), at('2026-03-23 17:00')), // Monday 8 h
    entry('work', at('2026-03-24 09:00'), at('2026-03-24 18:00')), // Tuesday 9 h
    entry('family', at('2026-03-24 18:00'), at('2026-03-24 21:00')),
    entry('work', at('2026-03-25 09:00'), at('2026-03-25 12:00')), // Wednesday 3 h before the timer
  ];

  it('a running work timer counts up to now in the weekly cap and reaches it at now + remaining', () => {
    const now = at('2026-03-25 14:00');
    const weekly = weeklyCapStatus({ entries, categories: CATEGORIES, settings: s, timer: timer('work', at('2026-03-25 13:00')), now });
    expect(weekly.usedMinutes).toBe(21 * 60);
    expect(weekly.remainingMinutes).toBe(14 * 60);
    expect(weekly.reachedAt).toBe(now + 14 * HOUR);
  });

  it('the daily cap is per local day: today counts only today, and the timer reaches it before midnight', () => {
    const now = at('2026-03-25 14:00');
    const daily = dailyCapStatus({ entries, categories: CATEGORIES, settings: s, timer: timer('work', at('2026-03-25 13:00')), now })!;
    expect(daily).toMatchObject({ capMinutes: 480, usedMinutes: 4 * 60, remainingMinutes: 4 * 60, overCapMinutes: 0 });
    expect(daily.reachedAt).toBe(at('2026-03-25 18:00'));
  });

  it('a work timer that would cross midnight first does not reach today’s daily cap', () => {
    const now = at('2026-03-25 22:00');
    const daily = dailyCapStatus({ entries, categories: CATEGORIES, settings: s, timer: timer('work', at('2026-03-25 21:00')), now })!;
    expect(daily.usedMinutes).toBe(4 * 60);
    expect(daily.reachedAt).toBeNull();
  });

  it('a timer started before midnight counts only its minutes after midnight toward the new day', () => {
    const now = at('2026-03-26 01:00');
    const daily = dailyCapStatus({ entries, categories: CATEGORIES, settings: s, timer: timer('work', at('2026-03-25 23:00')), now })!;
    expect(daily.usedMinutes).toBe(60);
    expect(daily.reachedAt).toBe(at('2026-03-26 08:00'));
  });

  it('a fitness or family timer never reaches a work cap', () => {
    const now = at('2026-03-25 14:00');
    const input = { entries, categories: CATEGORIES, settings: s, timer: timer('fitness', at('2026-03-25 13:00')), now };
    expect(weeklyCapStatus(input).reachedAt).toBeNull();
    expect(dailyCapStatus(input)!.reachedAt).toBeNull();
    expect(weeklyCapStatus(input).usedMinutes).toBe(20 * 60);
  });

  it('over the daily cap shows by how much; no daily cap gives no daily figures', () => {
    const tuesday = at('2026-03-24 20:00');
    expect(dailyCapStatus({ entries, categories: CATEGORIES, settings: s, timer: null, now: tuesday })!.overCapMinutes).toBe(60);
    expect(dailyCapStatus({ entries, categories: CATEGORIES, settings: settings(BERLIN), timer: null, now: tuesday })).toBeNull();
  });

  it('the daily cap on the 23-hour spring-forward day is still reached after the remaining minutes of real time', () => {
    const now = at('2026-03-29 01:00');
    const daily = dailyCapStatus({ entries: [], categories: CATEGORIES, settings: s, timer: timer('work', at('2026-03-29 00:00')), now })!;
    // 7 h left: 01:00 + 7 h of real time is 09:00 on a clock that skipped 02:00–03:00.
    expect(daily.reachedAt).toBe(now + 7 * HOUR);
    expect(daily.reachedAt).toBe(at('2026-03-29 09:00'));
  });
});

describe('capLevel', () => {
  it('calm below the warning share, warning from it up to the cap itself, over only past the cap', () => {
    expect(capLevel(0, 35 * 60, 90)).toBe('calm');
    expect(capLevel(31.4 * 60, 35 * 60, 90)).toBe('calm');
    expect(capLevel(31.5 * 60, 35 * 60, 90)).toBe('warning');
    expect(capLevel(35 * 60, 35 * 60, 90)).toBe('warning');
    expect(capLevel(35 * 60 + 1, 35 * 60, 90)).toBe('over');
    expect(capLevel(1, 0, 90)).toBe('over');
    // In whole minutes, as overCapMinutes: 0.4 s past the cap is at it, half a minute is over.
    expect(capLevel(35 * 60 + 0.4 / 60, 35 * 60, 90)).toBe('warning');
    expect(capLevel(35 * 60 + 0.5, 35 * 60, 90)).toBe('over');
  });
});

describe('the work clock', () => {
  it('the cap figures and the lock and nudge clock name the same instant for a running work timer to reach the weekly and daily cap (property)', () => {
    const weekStart = at('2026-03-23');
    const s = settings(BERLIN, { weeklyCapMinutes: 20 * 60, dailyCapMinutes: 6 * 60 });
    const entriesArb = fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 6 }), hour: fc.integer({ min: 6, max: 20 }), hours: fc.integer({ min: 1, max: 3 }), work: fc.boolean() }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: 0, max: 7 * 24 * 4 - 1 }), fc.integer({ min: 0, max: 16 }), (raw, nowQ, runQ) => {
        const now = weekStart + nowQ * 15 * MINUTE;
        const run = timer('work', now - runQ * 15 * MINUTE);
        const entries = raw
          .map((r, i) => entry(r.work ? 'work' : 'family', weekStart + r.day * 24 * HOUR + r.hour * HOUR, weekStart + r.day * 24 * HOUR + (r.hour + r.hours) * HOUR, `r${i}`))
          .filter((e) => e.end <= run.start || e.start >= now);
        const input = { entries, categories: CATEGORIES, settings: s, timer: run, now };
        const saved = spansOf(entries, null, now);
        const areaOf = areaLookup(CATEGORIES);
        for (const [status, limit, periodOf] of [
          [weeklyCapStatus(input), weeklyLimit(s), weekOf(s)],
          [dailyCapStatus(input)!, dailyLimit(s), dayOf(s)],
        ] as const) {
          const period = periodOf(now);
          const clock = limitReachedAt(saved, areaOf, runStretch(entries, run, period.end), limit, periodOf, now, period.end);
          // The clock says "now" for a cap reached already; the figures say no reach instant then.
          expect(status.reachedAt).toBe(clock === now && status.remainingMinutes === 0 ? null : clock);
        }
      }),
      { numRuns: 300 },
    );
  });
});
