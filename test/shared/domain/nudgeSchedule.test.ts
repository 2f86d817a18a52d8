import { describe, expect, it } from 'vitest';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import { NUDGE_KINDS, type Entry, type NudgeKind, type NudgeRecord, type RunningTimer, type Settings, type Snooze, type Unlock } from '../../../shared/model';
import { scheduleNextNudge, quietHoursAt, snoozeUntil, type NudgeScheduleInput } from '../../../shared/domain/nudgeSchedule';
import { friendlyHour } from '../../../shared/domain/nudgeGaps';
import { fromLocal, HOUR, MINUTE, parseDate } from '../../../shared/domain/time';

const TZ = 'Europe/Berlin';

/** A local wall-clock time: '2026-03-24 09:00' (a Tuesday, Berlin winter time). */
function t(text: string, timeZone = TZ): number {
  const [date, clock] = text.split(' ');
  const [h, m] = clock!.split(':').map(Number);
  return fromLocal(parseDate(date!)!, h!, m!, timeZone);
}

const entry = (categoryId: string, start: number, end: number): Entry => ({ id: `${categoryId}-${start}`, categoryId, start, end, note: '', tags: [], source: 'manual' });
const timer = (start: number, categoryId = 'work'): RunningTimer => ({ id: `run-${start}`, categoryId, start, note: '' });
const record = (kind: NudgeKind, at: number): NudgeRecord => ({ id: `${kind}-${at}`, kind, at, text: '' });

// Fitness and family logged on Monday evening: no gap nudge falls in the days these tests look at.
const recent = [entry('fitness', t('2026-03-23 18:00'), t('2026-03-23 19:00')), entry('family', t('2026-03-23 19:00'), t('2026-03-23 21:00'))];

interface Overrides extends Partial<Omit<NudgeScheduleInput, 'settings'>> {
  settings?: Partial<Settings>;
  /** Schedule only these kinds (the others disabled). */
  only?: NudgeKind[];
}

function nextNudge(o: Overrides = {}) {
  const base = defaultSettings(TZ);
  const enabled = o.only ? (Object.fromEntries(NUDGE_KINDS.map((k) => [k, o.only!.includes(k)])) as Record<NudgeKind, boolean>) : base.nudges.enabled;
  const { settings, only: _only, ...rest } = o;
  return scheduleNextNudge({
    settings: { ...base, nudges: { ...base.nudges, enabled }, ...settings },
    categories: SEEDED_CATEGORIES,
    entries: recent,
    timer: null,
    snoozes: [],
    pastNudges: [],
    now: t('2026-03-24 10:00'),
    ...rest,
  });
}

describe('scheduleNextNudge: each kind at its instant', () => {
  const workday = { now: t('2026-03-24 10:00'), timer: timer(t('2026-03-24 09:00')) };

  it('window-ending: N minutes before the window ends, while a work timer runs', () => {
    expect(nextNudge({ ...workday, only: ['window-ending'] })).toEqual({
      at: t('2026-03-24 16:50'),
      kind: 'window-ending',
      text: 'Your work window ends at 17:00, in 10 minutes. Time to wrap up.',
    });
  });

  it('window-ending: a timer started inside the last minutes is told at once', () => {
    const now = t('2026-03-24 16:55');
    expect(nextNudge({ now, timer: timer(now), only: ['window-ending'] })).toMatchObject({ at: now, text: expect.stringContaining('in 5 minutes') });
  });

  it.each([
    ['no timer runs', null],
    ['a fitness timer runs', timer(t('2026-03-24 09:00'), 'fitness')],
  ])('no work-timer nudge when %s', (_, running) => {
    expect(nextNudge({ timer: running, only: ['window-ending', 'off-hours-work', 'wrap-up', 'cap-warning', 'cap-reached', 'weekend-work'] })).toBeNull();
  });

  it('off-hours-work: at once when the timer runs outside the windows', () => {
    const now = t('2026-03-24 18:30');
    expect(nextNudge({ now, timer: timer(now), only: ['off-hours-work'] })).toEqual({
      at: now,
      kind: 'off-hours-work',
      text: 'The work timer is running outside your work windows. Your next window opens tomorrow at 09:00.',
    });
  });

  it('off-hours-work: at the window end when the timer will still run', () => {
    expect(nextNudge({ ...workday, only: ['off-hours-work'] })).toMatchObject({
      at: t('2026-03-24 17:00'),
      text: 'Your work window ended at 17:00 and the work timer is still running. Your next window opens tomorrow at 09:00.',
    });
  });

  it('cap-warning and cap-reached: when the running timer reaches 90 % and 100 % of the weekly cap', () => {
    const entries = [...recent, entry('work', t('2026-03-23 06:00'), t('2026-03-24 06:00'))]; // 24 h
    const s = { ...workday, entries, timer: timer(t('2026-03-24 09:00')) };
    expect(nextNudge({ ...s, only: ['cap-warning'] })).toEqual({
      at: t('2026-03-24 16:30'),
      kind: 'cap-warning',
      text: "You've used 90% of your weekly cap: 31 h 30 min of 35 h, 3 h 30 min left this week.",
    });
    expect(nextNudge({ ...s, only: ['cap-reached'] })).toEqual({
      at: t('2026-03-24 20:00'),
      kind: 'cap-reached',
      text: "You've reached your weekly cap of 35 h. Time to stop work for this week.",
    });
  });

  it('a work timer that will run into an entry saved ahead reaches the cap only if it gets there before that entry', () => {
    // 24 h logged; the timer from 09:00 reaches 35 h at 20:00, but a family evening is saved from 18:00: the stop will
    // save the run up to 18:00 only, so it never reaches the cap. The warning at 16:30 still comes.
    const entries = [...recent, entry('work', t('2026-03-23 06:00'), t('2026-03-24 06:00')), entry('family', t('2026-03-24 18:00'), t('2026-03-24 21:00'))];
    const s = { ...workday, entries, timer: timer(t('2026-03-24 09:00')) };
    expect(nextNudge({ ...s, only: ['cap-reached'] })).toBeNull();
    expect(nextNudge({ ...s, only: ['cap-warning'] })).toMatchObject({ at: t('2026-03-24 16:30'), kind: 'cap-warning' });
  });

  it('cap-reached in a week whose days off take the whole cap names that cap as what it is, not "35 h" or "0 min"', () => {
    const daysOff = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27'].map((date) => ({ date, kind: 'vacation' as const, note: '' }));
    const now = t('2026-03-28 10:00');
    expect(nextNudge({ now, timer: timer(now), settings: { daysOff }, only: ['cap-reached'] })).toEqual({
      at: now,
      kind: 'cap-reached',
      text: "You've reached this week's cap, which its days off bring to 0. Time to stop work for this week.",
    });
  });

  it('cap-warning is not scheduled once the cap itself is reached', () => {
    const entries = [...recent, entry('work', t('2026-03-23 00:00'), t('2026-03-24 11:00'))];
    expect(nextNudge({ now: t('2026-03-24 12:00'), entries, timer: timer(t('2026-03-24 12:00')), only: ['cap-warning'] })?.at ?? Infinity).toBeGreaterThan(t('2026-03-30 00:00'));
  });

  it('daily-cap-reached: when the running timer reaches the daily cap', () => {
    expect(nextNudge({ ...workday, settings: { dailyCapMinutes: 6 * 60 }, only: ['daily-cap-reached'] })).toEqual({
      at: t('2026-03-24 15:00'),
      kind: 'daily-cap-reached',
      text: "You've reached your daily cap of 6 h of work. Time to call it a day.",
    });
  });

  it('wrap-up: at the end of the day’s last window, not between two windows', () => {
    const split = [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }];
    const workWindows = [[], split, split, split, split, split, []];
    expect(nextNudge({ ...workday, settings: { workWindows }, only: ['wrap-up'] })).toEqual({
      at: t('2026-03-24 17:00'),
      kind: 'wrap-up',
      text: 'Your work day ended at 17:00. Note where you left off and what comes first next time, then stop for today.',
    });
    expect(nextNudge({ ...workday, settings: { workWindows }, only: ['window-ending'] })?.at).toBe(t('2026-03-24 11:50'));
  });

  it('weekend-work: at once on a Saturday', () => {
    const now = t('2026-03-28 11:00');
    expect(nextNudge({ now, timer: timer(now), only: ['weekend-work'] })).toEqual({
      at: now,
      kind: 'weekend-work',
      text: "It's Saturday and the work timer is running. Can this wait until your next work day?",
    });
  });

  it('weekend-work: not on a Saturday with a work window (a Tuesday-to-Saturday week); work outside it is off-hours', () => {
    const now = t('2026-03-28 11:00');
    const day = [{ start: '09:00', end: '17:00' }];
    const tuesdayToSaturday = { workWindows: [[], [], day, day, day, day, day] };
    // Not named on Saturday; Sunday has no window, so a run left going into it is named there, when quiet hours end.
    expect(nextNudge({ now, timer: timer(now), settings: tuesdayToSaturday, only: ['weekend-work'] })?.at).toBe(t('2026-03-29 07:00'));
    const evening = t('2026-03-28 18:00');
    expect(nextNudge({ now: evening, timer: timer(evening), settings: tuesdayToSaturday, only: ['off-hours-work'] })?.at).toBe(evening);
    expect(nextNudge({ now: evening, timer: timer(evening), settings: tuesdayToSaturday, only: ['weekend-work'] })?.at).toBe(t('2026-03-29 07:00'));
  });

  it('weekend-work: a timer left running on Friday night is named when quiet hours end on Saturday', () => {
    expect(nextNudge({ now: t('2026-03-27 20:00'), timer: timer(t('2026-03-27 16:00')), only: ['weekend-work'] })?.at).toBe(t('2026-03-28 07:00'));
  });

  it('fitness-gap: at the end of the day’s last window once N days have passed', () => {
    const entries = [entry('fitness', t('2026-03-22 18:00'), t('2026-03-22 19:00')), recent[1]!];
    // Due Wednesday 19:00; Wednesday's window ended at 17:00, so Thursday 17:00.
    expect(nextNudge({ entries, only: ['fitness-gap'] })).toEqual({
      at: t('2026-03-26 17:00'),
      kind: 'fitness-gap',
      text: 'No fitness logged for 3 days. Time for a walk, a run or a workout?',
    });
  });

  it('family-gap: on a day without windows, at 18:00', () => {
    const entries = [recent[0]!, entry('family', t('2026-03-25 15:00'), t('2026-03-25 17:30'))];
    expect(nextNudge({ entries, now: t('2026-03-25 18:00'), only: ['family-gap'] })).toEqual({
      at: t('2026-03-28 18:00'),
      kind: 'family-gap',
      text: 'No family time logged for 3 days. Time to call someone or plan something together?',
    });
  });

  it('gap nudges: none for an area whose target is 0, none before anything is logged, one per gap', () => {
    const entries = [entry('fitness', t('2026-03-22 18:00'), t('2026-03-22 19:00')), recent[1]!];
    expect(nextNudge({ entries, settings: { targets: { fitnessMinutes: 0, familyMinutes: 600 } }, only: ['fitness-gap'] })).toBeNull();
    expect(nextNudge({ entries: [], only: ['fitness-gap', 'family-gap'] })).toBeNull();
    const shown = [record('fitness-gap', t('2026-03-26 17:00'))];
    expect(nextNudge({ entries, now: t('2026-03-26 17:05'), pastNudges: shown, only: ['fitness-gap'] })).toBeNull();
  });

  it('gap nudges: a running fitness timer counts as fitness logged now', () => {
    const entries = [entry('fitness', t('2026-03-20 18:00'), t('2026-03-20 19:00')), recent[1]!];
    const now = t('2026-03-24 10:00');
    expect(nextNudge({ entries, now, timer: timer(now, 'fitness'), only: ['fitness-gap'] })?.at).toBe(t('2026-03-27 17:00'));
  });

  it('gap nudges: history imported from long ago is no gap: an area is counted from where the present stretch of logging began', () => {
    // Two work entries from March 2024 imported on a first day that logs an hour of work; fitness only in 2024.
    const imported = [entry('work', t('2024-03-11 09:00'), t('2024-03-11 12:00')), entry('work', t('2024-03-12 09:00'), t('2024-03-12 12:00'))];
    const today = entry('work', t('2026-03-24 09:00'), t('2026-03-24 10:00'));
    // Due three days after this first hour (Friday 10:00), told at the end of Friday's window.
    expect(nextNudge({ entries: [...imported, today], only: ['family-gap'] })).toEqual({
      at: t('2026-03-27 17:00'),
      kind: 'family-gap',
      text: 'No family time logged for 3 days. Time to call someone or plan something together?',
    });
    const fitnessIn2024 = entry('fitness', t('2024-03-13 18:00'), t('2024-03-13 19:00'));
    expect(nextNudge({ entries: [...imported, fitnessIn2024, today], only: ['fitness-gap'] })).toEqual({
      at: t('2026-03-27 17:00'),
      kind: 'fitness-gap',
      text: 'No fitness logged for 3 days. Time for a walk, a run or a workout?',
    });
  });

  it('gap nudges: none while nothing has been logged for longer than a gap can be set to, as with nothing logged at all', () => {
    const imported = [entry('work', t('2024-03-11 09:00'), t('2024-03-11 12:00')), entry('work', t('2024-03-12 09:00'), t('2024-03-12 12:00'))];
    expect(nextNudge({ entries: imported, only: ['fitness-gap', 'family-gap'] })).toBeNull();
    // Logging that stopped 61 days ago leaves nothing to nudge about; 59 days ago it still counts from the last family time.
    const stopped = (daysAgo: number) => [entry('family', t('2026-01-01 18:00'), t('2026-01-01 19:00')), entry('work', t('2026-03-24 09:00') - daysAgo * 86_400_000, t('2026-03-24 10:00') - daysAgo * 86_400_000)];
    expect(nextNudge({ entries: stopped(61), only: ['family-gap'] })).toBeNull();
    expect(nextNudge({ entries: stopped(59), only: ['family-gap'] })?.text).toBe('No family time logged for 81 days. Time to call someone or plan something together?');
  });

  it('friendly hour: the end of the last window that day, else 18:00', () => {
    const settings = defaultSettings(TZ);
    expect(friendlyHour({ year: 2026, month: 3, day: 24 }, settings)).toBe(t('2026-03-24 17:00'));
    expect(friendlyHour({ year: 2026, month: 3, day: 29 }, settings)).toBe(t('2026-03-29 18:00'));
  });
});

describe('scheduleNextNudge: the lock event', () => {
  const hard = { settings: { lockMode: 'hard' as const }, now: t('2026-03-24 10:00'), timer: timer(t('2026-03-24 09:00')) };

  it('lock-stopped: when hard mode stops the timer at the window end', () => {
    expect(nextNudge({ ...hard, only: ['lock-stopped'] })).toEqual({
      at: t('2026-03-24 17:00'),
      kind: 'lock-stopped',
      text: 'Your work window ended at 17:00: the hard lock stopped the work timer.',
    });
  });

  it('nothing is scheduled for the timer after the lock stops it: no wrap-up, no off-hours, no cap at 17:00', () => {
    const next = nextNudge({ ...hard, only: ['wrap-up', 'off-hours-work', 'weekend-work'] });
    expect(next).toBeNull();
    expect(nextNudge({ ...hard, pastNudges: [record('window-ending', t('2026-03-24 16:50'))] })?.kind).toBe('lock-stopped');
  });

  it('lock-stopped ignores quiet hours and snoozes', () => {
    const late = [{ start: '09:00', end: '23:00' }];
    const snoozes: Snooze[] = [{ until: t('2026-03-25 00:00') }];
    expect(nextNudge({ ...hard, settings: { lockMode: 'hard', workWindows: [[], late, late, late, late, late, []] }, snoozes, only: ['lock-stopped'] })?.at).toBe(t('2026-03-24 23:00'));
  });

  it('lock-stopped names the cap or the end of an unlock when that is the cause', () => {
    const entries = [...recent, entry('work', t('2026-03-23 00:00'), t('2026-03-24 08:00'))]; // 32 h
    expect(nextNudge({ ...hard, entries, only: ['lock-stopped'] })?.text).toBe("You've reached your weekly cap of 35 h: the hard lock stopped the work timer.");
    const unlocks: Unlock[] = [{ id: 'u', reason: 'demo', requestedAt: t('2026-03-24 16:58'), activeFrom: t('2026-03-24 16:59'), activeUntil: t('2026-03-24 17:29') }];
    expect(nextNudge({ ...hard, unlocks, only: ['lock-stopped'] })).toMatchObject({
      at: t('2026-03-24 17:29'),
      text: 'Your unlock ended at 17:29 and it is outside your work windows: the hard lock stopped the work timer.',
    });
  });

  it('lock-stopped at the end of an unlock that let work run past a cap says by how much, not "at" the cap', () => {
    const entries = [...recent, entry('work', t('2026-03-23 00:00'), t('2026-03-24 08:00'))]; // 32 h; the cap at 12:00
    const unlocks: Unlock[] = [{ id: 'u', reason: 'release', requestedAt: t('2026-03-24 10:00'), activeFrom: t('2026-03-24 10:00'), activeUntil: t('2026-03-24 13:30'), lifts: ['weekly-cap'] }];
    expect(nextNudge({ ...hard, entries, unlocks, only: ['lock-stopped'] })).toMatchObject({
      at: t('2026-03-24 13:30'),
      text: "Your unlock ended at 13:30 and you're past your weekly cap of 35 h, with 36 h 30 min of work this week: the hard lock stopped the work timer.",
    });
    const daily = { ...hard.settings, dailyCapMinutes: 3 * 60 };
    const todays: Unlock[] = [{ ...unlocks[0]!, lifts: ['daily-cap'] }];
    expect(nextNudge({ ...hard, settings: daily, unlocks: todays, only: ['lock-stopped'] })?.text).toBe(
      "Your unlock ended at 13:30 and you're past your daily cap of 3 h, with 4 h 30 min of work today: the hard lock stopped the work timer.",
    );
  });

  it('a second stop of the same running timer waits out the cool-down; a new timer’s stop does not', () => {
    const now = t('2026-03-24 18:00');
    const shown = [record('lock-stopped', t('2026-03-24 17:55'))];
    expect(nextNudge({ ...hard, now, timer: timer(t('2026-03-24 09:00')), pastNudges: shown, only: ['lock-stopped'] })?.at).toBe(t('2026-03-24 18:10'));
    expect(nextNudge({ ...hard, now, timer: timer(t('2026-03-24 17:58')), pastNudges: shown, only: ['lock-stopped'] })?.at).toBe(now);
  });
});

describe('scheduleNextNudge: quiet hours, snoozes, cool-down, disabled kinds, repeats', () => {
  it('a nudge due in quiet hours moves to their end when it still makes sense then', () => {
    const now = t('2026-03-24 22:30');
    expect(nextNudge({ now, timer: timer(now), only: ['off-hours-work'] })).toMatchObject({ at: t('2026-03-25 07:00'), text: expect.stringContaining('opens at 09:00') });
  });

  it('a nudge that makes no sense after quiet hours is dropped', () => {
    const evening = [{ start: '14:00', end: '22:30' }];
    const settings = { workWindows: [evening, evening, evening, evening, evening, evening, evening] };
    expect(nextNudge({ now: t('2026-03-24 15:00'), timer: timer(t('2026-03-24 15:00')), settings, only: ['window-ending', 'wrap-up'] })).toBeNull();
  });

  it('quiet hours within one day work as well', () => {
    const settings = { quietHours: { start: '12:00', end: '13:30' } };
    expect(nextNudge({ now: t('2026-03-24 09:00'), timer: timer(t('2026-03-24 09:00')), settings: { ...settings, dailyCapMinutes: 3 * 60 }, only: ['daily-cap-reached'] })?.at).toBe(
      t('2026-03-24 13:30'),
    );
  });

  it('a snooze holds every nudge back to its end; the text is told from then', () => {
    const snoozes: Snooze[] = [{ until: t('2026-03-24 16:55') }];
    expect(nextNudge({ timer: timer(t('2026-03-24 09:00')), snoozes, only: ['window-ending'] })).toMatchObject({ at: t('2026-03-24 16:55'), text: expect.stringContaining('in 5 minutes') });
  });

  it('a snooze for one kind leaves the others alone, and a nudge snoozed past its moment is dropped', () => {
    const snoozes: Snooze[] = [{ until: t('2026-03-24 17:05'), kind: 'window-ending' }];
    const s = { timer: timer(t('2026-03-24 09:00')), snoozes };
    expect(nextNudge({ ...s, only: ['window-ending'] })?.at).toBe(t('2026-03-25 16:50'));
    expect(nextNudge({ ...s, only: ['off-hours-work'] })?.at).toBe(t('2026-03-24 17:00'));
  });

  it('the cool-down: a new off-hours crossing soon after the last one waits until the cool-down is over', () => {
    const now = t('2026-03-24 18:05');
    expect(nextNudge({ now, timer: timer(now), pastNudges: [record('off-hours-work', t('2026-03-24 18:00'))], only: ['off-hours-work'] })?.at).toBe(t('2026-03-24 18:15'));
  });

  it('a disabled kind is never scheduled', () => {
    const base = defaultSettings(TZ);
    const enabled = { ...base.nudges.enabled, 'window-ending': false };
    const next = nextNudge({ timer: timer(t('2026-03-24 09:00')), settings: { nudges: { ...base.nudges, enabled } } });
    expect(next?.kind).not.toBe('window-ending');
    expect(next?.at).toBe(t('2026-03-24 17:00'));
  });

  it('a boundary announced once is not announced again: cap-reached waits for next week', () => {
    const entries = [...recent, entry('work', t('2026-03-23 00:00'), t('2026-03-24 11:00'))];
    const now = t('2026-03-25 09:00');
    const next = nextNudge({ now, entries, timer: timer(now), pastNudges: [record('cap-reached', t('2026-03-24 11:00'))], only: ['cap-reached'] });
    expect(next?.at).toBeGreaterThanOrEqual(t('2026-03-30 00:00'));
  });

  it('asked again at its instant, the schedule answers the same nudge until it is recorded, then the next', () => {
    const input = { timer: timer(t('2026-03-24 09:00')) };
    const first = nextNudge(input)!;
    expect(first).toMatchObject({ kind: 'window-ending', at: t('2026-03-24 16:50') });
    expect(nextNudge({ ...input, now: first.at })).toEqual(first);
    // Wrap-up is due at 17:00, within the 15 minutes between two nudges: it waits for 17:05.
    const second = nextNudge({ ...input, now: first.at, pastNudges: [record(first.kind, first.at)] });
    expect(second).toMatchObject({ kind: 'wrap-up', at: t('2026-03-24 17:05') });
  });

  it('boundaries met at one instant make one nudge: the most pressing, with the others folded into its text', () => {
    const now = t('2026-03-24 17:30');
    const next = nextNudge({ now, timer: timer(t('2026-03-24 09:00')) })!;
    expect(next).toMatchObject({ kind: 'wrap-up', at: now });
    expect(next.folded?.map((f) => f.kind)).toEqual(['off-hours-work']);
    // Nothing else within the spacing after it, whatever comes due.
    const after = nextNudge({ now, timer: timer(t('2026-03-24 09:00')), pastNudges: [record('wrap-up', now), record('off-hours-work', now)] });
    expect(after === null || after.at >= now + 15 * 60_000).toBe(true);
  });

  it('a nudge missed while the computer slept comes now, never in the past', () => {
    const now = t('2026-03-24 16:57');
    expect(nextNudge({ now, timer: timer(t('2026-03-24 09:00')), only: ['window-ending'] })).toMatchObject({ at: now, text: expect.stringContaining('in 3 minutes') });
  });
});

describe('snoozeUntil and quietHoursAt', () => {
  const settings = defaultSettings(TZ);

  it.each([
    ['snooze-15', t('2026-03-24 10:15')],
    ['snooze-60', t('2026-03-24 11:00')],
    ['snooze-day', t('2026-03-25 00:00')],
  ] as const)('%s', (choice, until) => {
    expect(snoozeUntil(choice, t('2026-03-24 10:00'), settings)).toBe(until);
  });

  it('the rest of the day on the spring-forward Sunday is a 23-hour day’s rest', () => {
    expect(snoozeUntil('snooze-day', t('2026-03-29 10:00'), settings)).toBe(Date.UTC(2026, 2, 29, 22, 0));
  });

  it('overnight quiet hours belong to the evening they start on, across the change to summer time', () => {
    expect(quietHoursAt(t('2026-03-28 23:00'), settings)).toEqual({ start: t('2026-03-28 22:00'), end: t('2026-03-29 07:00') });
    expect(t('2026-03-29 07:00') - t('2026-03-28 22:00')).toBe(8 * HOUR);
    expect(quietHoursAt(t('2026-03-29 06:59'), settings)).not.toBeNull();
    expect(quietHoursAt(t('2026-03-29 07:00'), settings)).toBeNull();
    expect(quietHoursAt(t('2026-03-28 21:59'), settings)).toBeNull();
  });

  it('no quiet hours, or equal start and end: never quiet', () => {
    expect(quietHoursAt(t('2026-03-28 23:00'), { ...settings, quietHours: null })).toBeNull();
    expect(quietHoursAt(t('2026-03-28 23:00'), { ...settings, quietHours: { start: '22:00', end: '22:00' } })).toBeNull();
  });

  it('a snooze never holds back less than it says', () => {
    expect(snoozeUntil('snooze-15', 0, settings)).toBe(15 * MINUTE);
  });
});
