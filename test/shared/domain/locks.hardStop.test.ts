import { describe, expect, it } from 'vitest';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import type { Entry, LockMode, RunningTimer, Settings, Unlock } from '../../../shared/model';
import { hardStopAt, type LockState } from '../../../shared/domain/locks';
import { fromLocal, HOUR, MINUTE, parseDate } from '../../../shared/domain/time';

const TZ = 'Europe/Berlin';

function t(text: string, timeZone = TZ): number {
  const [date, clock] = text.split(' ');
  const [h, m] = clock!.split(':').map(Number);
  return fromLocal(parseDate(date!)!, h!, m!, timeZone);
}

const work = (start: number, end: number): Entry => ({ id: `w${start}`, categoryId: 'work', start, end, note: '', tags: [], source: 'manual' });
const timer = (start: number, categoryId = 'work'): RunningTimer => ({ id: 'run', categoryId, start, note: '' });
const unlock = (activeFrom: number, activeUntil: number, id = `u${activeFrom}`): Unlock => ({
  id,
  reason: 'deploy',
  requestedAt: activeFrom - MINUTE,
  activeFrom,
  activeUntil,
});

function state(now: number, overrides: Partial<Omit<LockState, 'settings'>> & { mode?: LockMode; settings?: Partial<Settings>; timeZone?: string } = {}): LockState {
  const { mode = 'hard', settings, timeZone = TZ, ...rest } = overrides;
  return {
    now,
    settings: { ...defaultSettings(timeZone), lockMode: mode, ...settings },
    categories: SEEDED_CATEGORIES,
    entries: [],
    timer: timer(now),
    unlocks: [],
    ...rest,
  };
}

describe('hardStopAt', () => {
  const morning = t('2026-03-24 10:00');

  it.each<[string, LockState]>([
    ['off mode', state(morning, { mode: 'off' })],
    ['soft mode', state(morning, { mode: 'soft' })],
    ['no timer running', state(morning, { timer: null })],
    ['a fitness timer', state(morning, { timer: timer(morning, 'fitness') })],
  ])('nothing is stopped with %s', (_, s) => {
    expect(hardStopAt(s)).toBeNull();
  });

  it('a work timer inside a window is stopped at the window end', () => {
    expect(hardStopAt(state(morning))).toEqual({ at: t('2026-03-24 17:00'), why: 'window-end' });
  });

  it('a work timer already outside the windows is stopped now', () => {
    const late = t('2026-03-24 19:00');
    expect(hardStopAt(state(late, { timer: timer(t('2026-03-24 16:00')) }))).toEqual({ at: late, why: 'window-end' });
  });

  it('a work timer under a work entry (synced in) that already passes the weekly cap is stopped now, not when that entry ends', () => {
    // 38 h of work from Monday 00:00 to Tuesday 14:00; the timer began at 10:00 inside it, and it is 11:00.
    const entries = [work(t('2026-03-23 00:00'), t('2026-03-24 14:00'))];
    const now = t('2026-03-24 11:00');
    expect(hardStopAt(state(now, { entries, timer: timer(morning) }))).toEqual({ at: now, why: 'weekly-cap' });
  });

  it('the weekly cap stops it earlier than the window end', () => {
    const entries = [work(t('2026-03-23 00:00'), t('2026-03-24 09:00'))]; // 33 h
    expect(hardStopAt(state(morning, { entries, timer: timer(t('2026-03-24 09:00')) }))).toEqual({ at: t('2026-03-24 11:00'), why: 'weekly-cap' });
  });

  it('the daily cap stops it when the day has had enough', () => {
    const s = state(morning, { timer: timer(t('2026-03-24 09:00')), settings: { dailyCapMinutes: 5 * 60 } });
    expect(hardStopAt(s)).toEqual({ at: t('2026-03-24 14:00'), why: 'daily-cap' });
  });

  it('on a tie with the window end, the cap is named', () => {
    const s = state(morning, { timer: timer(t('2026-03-24 09:00')), settings: { dailyCapMinutes: 8 * 60 } });
    expect(hardStopAt(s)).toEqual({ at: t('2026-03-24 17:00'), why: 'daily-cap' });
  });

  it('an active unlock moves the stop to its end, when the timer is still outside then', () => {
    const s = state(t('2026-03-24 16:55'), { timer: timer(t('2026-03-24 09:00')), unlocks: [unlock(t('2026-03-24 16:50'), t('2026-03-24 17:20'))] });
    expect(hardStopAt(s)).toEqual({ at: t('2026-03-24 17:20'), why: 'window-end' });
  });

  it('an unlock running into a window lets the timer run on to that window’s end', () => {
    const s = state(t('2026-03-24 08:45'), { timer: timer(t('2026-03-24 08:41')), unlocks: [unlock(t('2026-03-24 08:40'), t('2026-03-24 09:10'))] });
    expect(hardStopAt(s)).toEqual({ at: t('2026-03-24 17:00'), why: 'window-end' });
  });

  it('overlapping unlocks chain; the stop comes at the end of the last', () => {
    const unlocks = [unlock(t('2026-03-24 16:50'), t('2026-03-24 17:20'), 'a'), unlock(t('2026-03-24 17:10'), t('2026-03-24 17:40'), 'b')];
    expect(hardStopAt(state(morning, { unlocks }))?.at).toBe(t('2026-03-24 17:40'));
  });

  it('an unlock still cooling down at the window end does not cover it', () => {
    const unlocks = [unlock(t('2026-03-24 17:00') + 30_000, t('2026-03-24 17:30'))];
    expect(hardStopAt(state(t('2026-03-24 16:59'), { unlocks }))?.at).toBe(t('2026-03-24 17:00'));
  });

  it('an unlock that becomes active before the window end does, even when asked earlier', () => {
    const unlocks = [unlock(t('2026-03-24 16:51'), t('2026-03-24 17:21'))];
    expect(hardStopAt(state(t('2026-03-24 16:50'), { unlocks }))?.at).toBe(t('2026-03-24 17:21'));
  });

  it('a cap reached during an unlock stops the timer when the unlock ends', () => {
    const entries = [work(t('2026-03-23 00:00'), t('2026-03-24 10:00'))]; // 34 h
    const unlocks = [unlock(t('2026-03-24 10:30'), t('2026-03-24 11:30'))];
    expect(hardStopAt(state(morning, { entries, unlocks }))).toEqual({ at: t('2026-03-24 11:30'), why: 'weekly-cap' });
  });

  it('an unlock that lifts only the windows does not carry the timer past the cap reached while it lasts', () => {
    // 34 h 45 min logged; the timer runs from 17:01 on an unlock for the windows until 17:31: the cap is reached at 17:16.
    const entries = [work(t('2026-03-23 00:00'), t('2026-03-24 10:45'))];
    const windowsOnly: Unlock = { ...unlock(t('2026-03-24 17:01'), t('2026-03-24 17:31')), lifts: ['windows'] };
    const s = state(t('2026-03-24 17:01'), { entries, unlocks: [windowsOnly] });
    expect(hardStopAt(s)).toEqual({ at: t('2026-03-24 17:16'), why: 'weekly-cap' });
    // One that lifts the cap too carries it to the unlock's end.
    const both: Unlock = { ...windowsOnly, lifts: ['windows', 'weekly-cap'] };
    expect(hardStopAt({ ...s, unlocks: [both] })).toEqual({ at: t('2026-03-24 17:31'), why: 'weekly-cap' });
  });

  it('windows round the clock and no cap in reach: nothing to stop within 14 days', () => {
    const allDay = Array.from({ length: 7 }, () => [{ start: '00:00', end: '00:00' }]);
    expect(hardStopAt(state(morning, { settings: { workWindows: allDay, weeklyCapMinutes: 168 * 60 } }))).toBeNull();
  });

  it('a weekly cap crossing the week boundary starts counting again on Monday', () => {
    const allDay = Array.from({ length: 7 }, () => [{ start: '00:00', end: '00:00' }]);
    const settings = { workWindows: allDay, weeklyCapMinutes: 10 * 60 };
    const sunday = t('2026-03-22 20:00');
    // 11 h logged this week already: stopped at once. With nothing logged, the four hours before Monday count
    // for this week, and the new week's 10 h run out at Monday 10:00.
    const entries = [work(t('2026-03-16 09:00'), t('2026-03-16 19:00'))];
    expect(hardStopAt(state(sunday, { settings, entries: [...entries, work(t('2026-03-20 09:00'), t('2026-03-20 10:00'))] }))).toEqual({
      at: sunday,
      why: 'weekly-cap',
    });
    expect(hardStopAt(state(sunday, { settings }))).toEqual({ at: t('2026-03-23 10:00'), why: 'weekly-cap' });
  });
});

describe('hardStopAt across daylight-saving changes', () => {
  it('Berlin, spring-forward night: a 01:00–04:00 window is two hours long', () => {
    const windows = Array.from({ length: 7 }, () => [{ start: '01:00', end: '04:00' }]);
    const start = t('2026-03-29 01:00');
    expect(hardStopAt(state(start, { settings: { workWindows: windows } }))).toEqual({ at: Date.UTC(2026, 2, 29, 2, 0), why: 'window-end' });
    const capped = hardStopAt(state(start, { settings: { workWindows: windows, dailyCapMinutes: 90 } }));
    expect(capped).toEqual({ at: start + 90 * MINUTE, why: 'daily-cap' });
  });

  it('Berlin: the window end on the day after the change is 17:00 summer time', () => {
    const start = t('2026-03-30 09:00');
    expect(hardStopAt(state(start))?.at).toBe(Date.UTC(2026, 2, 30, 15, 0));
  });

  it('New York, fall-back night: a 00:00–03:00 window holds four hours', () => {
    const tz = 'America/New_York';
    const windows = Array.from({ length: 7 }, () => [{ start: '00:00', end: '03:00' }]);
    const start = t('2026-11-01 00:00', tz);
    const stop = hardStopAt(state(start, { timeZone: tz, settings: { workWindows: windows } }));
    expect(stop).toEqual({ at: Date.UTC(2026, 10, 1, 8, 0), why: 'window-end' });
    expect(stop!.at - start).toBe(4 * HOUR);
  });

  it('New York, spring-forward day: the daily cap counts real hours, not clock hours', () => {
    const tz = 'America/New_York';
    const allDay = Array.from({ length: 7 }, () => [{ start: '00:00', end: '00:00' }]);
    const start = t('2026-03-08 00:00', tz);
    const stop = hardStopAt(state(start, { timeZone: tz, settings: { workWindows: allDay, dailyCapMinutes: 4 * 60 } }));
    // 00:00 EST + 4 h of work = 05:00 EDT on the clock.
    expect(stop).toEqual({ at: t('2026-03-08 05:00', tz), why: 'daily-cap' });
  });
});
