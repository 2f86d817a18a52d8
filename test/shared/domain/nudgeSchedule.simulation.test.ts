// Simulated weeks, driven the way the main process drives the schedule: one timer set to the scheduled instant, the nudge
// shown and recorded there, the schedule asked again; scripted starts and stops in between. A hard lock's stop stops the
// timer, and a start the hard lock blocks does not happen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import { NUDGE_KINDS, type Entry, type NudgeKind, type NudgeRecord, type ScheduledNudge, type RunningTimer, type Settings, type Snooze, type Unlock } from '../../../shared/model';
import { scheduleNextNudge, quietHoursAt, snoozeUntil, type SnoozeChoice } from '../../../shared/domain/nudgeSchedule';
import { decideLock, hardStopAt } from '../../../shared/domain/locks';
import { requestUnlock } from '../../../shared/domain/unlocks';
import { DAY, MINUTE, addDays, fromLocal, parseDate, toLocal } from '../../../shared/domain/time';

type Step = { at: number; do: 'start'; categoryId: string } | { at: number; do: 'stop' } | { at: number; do: 'unlock'; minutes: number };

interface World {
  settings: Settings;
  entries: Entry[];
  timer: RunningTimer | null;
  unlocks: Unlock[];
  snoozes: Snooze[];
  shown: NudgeRecord[];
  now: number;
}

const inputOf = (w: World) => ({
  settings: w.settings,
  categories: SEEDED_CATEGORIES,
  entries: w.entries,
  timer: w.timer,
  snoozes: w.snoozes,
  pastNudges: w.shown,
  unlocks: w.unlocks,
  now: w.now,
});

function stopTimer(w: World): void {
  if (!w.timer) return;
  if (w.now > w.timer.start) w.entries.push({ id: w.timer.id, categoryId: w.timer.categoryId, start: w.timer.start, end: w.now, note: '', tags: [], source: 'timer' });
  w.timer = null;
}

function apply(w: World, step: Step): void {
  if (step.do === 'stop') return stopTimer(w);
  if (step.do === 'unlock') {
    const unlock = requestUnlock('scripted', w.now, w.settings, { durationMinutes: step.minutes, id: `u${w.unlocks.length}` });
    if (unlock.ok) w.unlocks.push(unlock.value);
    return;
  }
  const lock = decideLock({ ...inputOf(w), action: 'start', categoryId: step.categoryId, at: w.now });
  if (lock.verdict === 'blocked') return;
  stopTimer(w);
  w.timer = { id: `t${w.now}`, categoryId: step.categoryId, start: w.now, note: '' };
}

/** Runs the schedule from `from` to `to` and checks, at every nudge, what must hold at that instant. */
function simulate(settings: Settings, entries: Entry[], script: Step[], from: number, to: number, snoozeAfter: (i: number) => SnoozeChoice | null = () => null): NudgeRecord[] {
  const w: World = { settings, entries: [...entries], timer: null, unlocks: [], snoozes: [], shown: [], now: from };
  const steps = [...script].sort((a, b) => a.at - b.at);
  for (let guard = 0; guard < 2000; guard++) {
    const nudge = scheduleNextNudge(inputOf(w));
    const step = steps[0];
    if (nudge && nudge.at < to && (!step || nudge.at <= step.at)) {
      checkNudge(w, nudge);
      w.now = nudge.at;
      expect(scheduleNextNudge(inputOf(w)), 'asked again at its instant, the schedule answers the same').toEqual(nudge);
      if (nudge.kind === 'lock-stopped') expect(hardStopAt(inputOf(w))?.at).toBe(nudge.at);
      w.shown.push({ id: `n${w.shown.length}`, kind: nudge.kind, at: nudge.at, text: nudge.text });
      // Kinds folded into it are recorded as the service records them: said once, in this nudge.
      for (const f of nudge.folded ?? []) w.shown.push({ id: `n${w.shown.length}`, kind: f.kind, at: nudge.at, text: f.text, choice: 'folded' });
      if (nudge.kind === 'lock-stopped') stopTimer(w);
      const choice = snoozeAfter(w.shown.length - 1);
      if (choice) w.snoozes.push({ until: snoozeUntil(choice, w.now, settings), ...(w.shown.length % 2 ? { kind: nudge.kind } : {}) });
      continue;
    }
    if (!step || step.at >= to) return w.shown;
    steps.shift();
    w.now = Math.max(w.now, step.at);
    apply(w, step);
  }
  throw new Error('the simulation did not settle');
}

function checkNudge(w: World, nudge: ScheduledNudge): void {
  expect(nudge.at, 'never in the past').toBeGreaterThanOrEqual(w.now);
  expect(w.settings.nudges.enabled[nudge.kind], 'a disabled kind is never scheduled').not.toBe(false);
  expect(nudge.text.length).toBeGreaterThan(20);
  if (nudge.kind === 'lock-stopped') return;
  expect(quietHoursAt(nudge.at, w.settings), `${nudge.kind} inside quiet hours`).toBeNull();
  for (const s of w.snoozes) if (s.kind === undefined || s.kind === nudge.kind) expect(nudge.at, 'snoozed').toBeGreaterThanOrEqual(s.until);
}

function expectCooldown(shown: readonly NudgeRecord[], settings: Settings): void {
  for (const kind of NUDGE_KINDS) {
    if (kind === 'lock-stopped') continue;
    const times = shown.filter((r) => r.kind === kind).map((r) => r.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!, `${kind} repeated within the cool-down`).toBeGreaterThanOrEqual(settings.nudges.cooldownMinutes * MINUTE);
  }
}

/** One nudge shown (folded ones aside) per spacing interval: two never come closer than the cool-down, bar the lock's stop. */
function expectSpacing(shown: readonly NudgeRecord[], settings: Settings): void {
  const times = shown.filter((r) => r.kind !== 'lock-stopped' && r.choice !== 'folded').map((r) => r.at);
  for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!, 'two nudges within the spacing').toBeGreaterThanOrEqual(settings.nudges.cooldownMinutes * MINUTE);
}

/**
 * Each expected crossing produced exactly one nudge of its kind within 60 s of its instant (or, held by the spacing
 * after another nudge, within the spacing), and nothing else was shown.
 */
function expectCrossings(shown: readonly NudgeRecord[], expected: ReadonlyArray<readonly [NudgeKind, number]>, timeZone: string): void {
  const say = (kind: NudgeKind, at: number) => {
    const l = toLocal(at, timeZone);
    return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][l.weekday]} ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')} ${kind}`;
  };
  const log = shown.map((r) => say(r.kind, r.at)).join('\n');
  for (const [kind, at] of expected) {
    const near = shown.filter((r) => r.kind === kind && r.at >= at && r.at <= at + 15 * MINUTE + 60_000);
    expect(near.length, `${say(kind, at)}: expected exactly one, shown:\n${log}`).toBe(1);
  }
  expect(shown.length, `more nudges than crossings, shown:\n${log}`).toBe(expected.length);
}

/** Local wall-clock time, days counted from a Monday: at(monday, 3, '13:00') is Thursday 13:00. */
function at(monday: string, day: number, clock: string, timeZone: string): number {
  const [h, m] = clock.split(':').map(Number);
  return fromLocal(addDays(parseDate(monday)!, day), h!, m!, timeZone);
}

const only = (kinds: NudgeKind[]): Record<NudgeKind, boolean> => Object.fromEntries(NUDGE_KINDS.map((k) => [k, kinds.includes(k)])) as Record<NudgeKind, boolean>;
const work = (from: number, to: number): Step[] => [
  { at: from, do: 'start', categoryId: 'work' },
  { at: to, do: 'stop' },
];

describe('a simulated week with a work timer', () => {
  it('Berlin, soft lock, daily cap 8 h: every boundary gives one nudge at its instant', () => {
    const tz = 'Europe/Berlin';
    const monday = '2026-04-13';
    const a = (day: number, clock: string) => at(monday, day, clock, tz);
    const settings: Settings = { ...defaultSettings(tz), lockMode: 'soft', dailyCapMinutes: 8 * 60 };
    const entries: Entry[] = [
      { id: 'fit', categoryId: 'fitness', start: a(-1, '18:00'), end: a(-1, '19:00'), note: '', tags: [], source: 'manual' },
      { id: 'fam', categoryId: 'family', start: a(-1, '15:00'), end: a(-1, '18:00'), note: '', tags: [], source: 'manual' },
    ];
    const script: Step[] = [
      ...[0, 1, 2, 3, 4].flatMap((d) => work(a(d, '08:30'), a(d, '17:30'))),
      { at: a(4, '18:00'), do: 'start', categoryId: 'fitness' },
      { at: a(4, '19:00'), do: 'stop' },
      ...work(a(5, '10:00'), a(5, '11:00')),
    ];
    const shown = simulate(settings, entries, script, a(0, '00:00'), a(7, '00:00'));
    const day = (d: number): Array<[NudgeKind, number]> => [
      ['off-hours-work', a(d, '08:30')],
      ['daily-cap-reached', a(d, '16:30')],
      ['window-ending', a(d, '16:50')],
      ['wrap-up', a(d, '17:00')],
      ['off-hours-work', a(d, '17:00')],
    ];
    expectCrossings(
      shown,
      [
        ...day(0),
        ...day(1),
        ...day(2),
        ...day(3),
        ['cap-warning', a(3, '13:00')],
        ['cap-reached', a(3, '16:30')],
        ['fitness-gap', a(3, '17:00')],
        ['family-gap', a(3, '17:00')],
        ...day(4),
        ['off-hours-work', a(5, '10:00')],
        ['weekend-work', a(5, '10:00')],
      ],
      tz,
    );
    expectCooldown(shown, settings);
    expectSpacing(shown, settings);
  });

  it('Berlin, the week clocks go forward: a timer running through the night into Sunday, family gap on Sunday', () => {
    const tz = 'Europe/Berlin';
    const monday = '2026-03-23';
    const a = (day: number, clock: string) => at(monday, day, clock, tz);
    const settings: Settings = { ...defaultSettings(tz), lockMode: 'soft', targets: { fitnessMinutes: 0, familyMinutes: 600 } };
    const entries: Entry[] = [{ id: 'fam', categoryId: 'family', start: a(-1, '17:00'), end: a(-1, '18:00'), note: '', tags: [], source: 'manual' }];
    const script: Step[] = [
      ...[0, 1, 2, 3, 4].flatMap((d) => work(a(d, '09:00'), a(d, '16:58'))),
      { at: a(2, '18:00'), do: 'start', categoryId: 'family' },
      { at: a(2, '19:00'), do: 'stop' },
      ...work(a(5, '21:00'), a(6, '10:00')),
    ];
    const shown = simulate(settings, entries, script, a(0, '00:00'), a(7, '00:00'));
    expectCrossings(
      shown,
      [
        ...[0, 1, 2, 3, 4].map((d) => ['window-ending', a(d, '16:50')] as [NudgeKind, number]),
        ['cap-warning', a(3, '16:36')],
        ['cap-reached', a(4, '12:08')],
        ['off-hours-work', a(5, '21:00')],
        ['weekend-work', a(5, '21:00')],
        // Sunday begins in quiet hours: its weekend nudge comes when they end, at 07:00 summer time.
        ['weekend-work', Date.UTC(2026, 2, 29, 5, 0)],
        ['family-gap', Date.UTC(2026, 2, 29, 16, 0)],
      ],
      tz,
    );
    expectCooldown(shown, settings);
    expectSpacing(shown, settings);
  });

  it('New York, hard lock, the week clocks go back: stops at the caps, and after an unlock over the repeated hour', () => {
    const tz = 'America/New_York';
    const monday = '2026-10-26';
    const a = (day: number, clock: string) => at(monday, day, clock, tz);
    const settings: Settings = {
      ...defaultSettings(tz),
      lockMode: 'hard',
      weeklyCapMinutes: 28 * 60,
      dailyCapMinutes: 6 * 60,
      quietHours: null,
      targets: { fitnessMinutes: 0, familyMinutes: 0 },
    };
    // 01:00 on Sunday 1 November happens twice; the first (EDT) is 05:00 UTC.
    const sundayOne = Date.UTC(2026, 10, 1, 5, 0);
    const script: Step[] = [
      ...[0, 1, 2, 3, 4].flatMap((d) => work(a(d, '09:00'), a(d, '17:30'))),
      { at: sundayOne - MINUTE, do: 'unlock', minutes: 120 },
      { at: sundayOne, do: 'start', categoryId: 'work' },
      { at: sundayOne + 5 * 60 * MINUTE, do: 'stop' },
    ];
    const shown = simulate(settings, [], script, a(0, '00:00'), a(7, '00:00'));
    expectCrossings(
      shown,
      [
        ...[0, 1, 2, 3].map((d) => ['lock-stopped', a(d, '15:00')] as [NudgeKind, number]),
        ['cap-warning', a(4, '10:12')],
        ['lock-stopped', a(4, '13:00')],
        // Friday's crossing of the cap was told by the lock's stop; unlocked work past it hears cap-reached once.
        ['cap-reached', sundayOne],
        ['off-hours-work', sundayOne],
        ['weekend-work', sundayOne],
        // Two real hours after 01:00 EDT the clock reads 02:00 EST.
        ['lock-stopped', sundayOne + 2 * 60 * MINUTE],
      ],
      tz,
    );
    // The two unlocked hours (over the repeated one) were past the cap: the words say so, and by how much.
    expect(shown.at(-1)?.text).toBe("Your unlock ended at 02:00 and you're past your weekly cap of 28 h, with 30 h of work this week: the hard lock stopped the work timer.");
  });

  it('New York, the night clocks go forward: Saturday-night work is named again when Sunday’s quiet hours end', () => {
    const tz = 'America/New_York';
    const monday = '2026-03-02';
    const a = (day: number, clock: string) => at(monday, day, clock, tz);
    const settings: Settings = { ...defaultSettings(tz), targets: { fitnessMinutes: 0, familyMinutes: 0 } };
    const shown = simulate(settings, [], work(a(5, '20:00'), a(6, '10:00')), a(0, '00:00'), a(7, '00:00'));
    expectCrossings(
      shown,
      [
        ['off-hours-work', a(5, '20:00')],
        ['weekend-work', a(5, '20:00')],
        ['weekend-work', Date.UTC(2026, 2, 8, 11, 0)], // 07:00 EDT
      ],
      tz,
    );
  });

  it('kinds switched off stay silent through the whole week', () => {
    const tz = 'Europe/Berlin';
    const a = (day: number, clock: string) => at('2026-04-13', day, clock, tz);
    const base = defaultSettings(tz);
    const settings: Settings = { ...base, nudges: { ...base.nudges, enabled: only(['wrap-up']) } };
    const shown = simulate(settings, [], [0, 1, 2, 3, 4, 5].flatMap((d) => work(a(d, '08:00'), a(d, '19:00'))), a(0, '00:00'), a(7, '00:00'));
    expect(shown.map((r) => r.kind)).toEqual(['wrap-up', 'wrap-up', 'wrap-up', 'wrap-up', 'wrap-up']);
  });
});

// ---- Random weeks: the same rules hold for any schedule, settings and snoozes. ----

const WEEKS: Array<{ tz: string; monday: string }> = [
  { tz: 'Europe/Berlin', monday: '2026-03-23' },
  { tz: 'Europe/Berlin', monday: '2026-10-19' },
  { tz: 'America/New_York', monday: '2026-03-02' },
  { tz: 'America/New_York', monday: '2026-10-26' },
  { tz: 'Europe/Berlin', monday: '2026-06-08' },
];

const hhmm = fc.integer({ min: 0, max: 47 }).map((h) => `${String(Math.floor(h / 2)).padStart(2, '0')}:${h % 2 ? '30' : '00'}`);

const weekArb = fc.record({
  week: fc.constantFrom(...WEEKS),
  lockMode: fc.constantFrom('off', 'soft', 'hard') as fc.Arbitrary<Settings['lockMode']>,
  cooldownMinutes: fc.constantFrom(5, 15, 30, 60),
  windowEndingMinutes: fc.constantFrom(5, 10, 30),
  capWarningPercent: fc.constantFrom(50, 90, 100),
  weeklyCapMinutes: fc.constantFrom(10, 20, 35).map((h) => h * 60),
  dailyCapMinutes: fc.option(fc.constantFrom(2, 6, 8).map((h) => h * 60)),
  quietHours: fc.option(fc.record({ start: hhmm, end: hhmm })),
  disabled: fc.subarray([...NUDGE_KINDS], { maxLength: 3 }),
  gapDays: fc.integer({ min: 1, max: 4 }),
  sessions: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 6 }),
      minute: fc.integer({ min: 0, max: 287 }).map((m) => m * 5),
      minutes: fc.integer({ min: 5, max: 900 }),
      categoryId: fc.constantFrom('work', 'work', 'work', 'fitness', 'family'),
      unlock: fc.boolean(),
    }),
    { minLength: 1, maxLength: 10 },
  ),
  snoozes: fc.array(fc.constantFrom<SnoozeChoice | null>(null, null, null, 'snooze-15', 'snooze-60', 'snooze-day'), { maxLength: 40 }),
});

describe('nudge schedule invariants over random weeks', () => {
  it('never in the past, never in quiet hours or a snooze (but the lock), nothing within the cool-down, the same answer at its instant', () => {
    fc.assert(
      fc.property(weekArb, (r) => {
        const { tz, monday } = r.week;
        const base = defaultSettings(tz);
        const enabled = Object.fromEntries(NUDGE_KINDS.map((k) => [k, !r.disabled.includes(k)])) as Record<NudgeKind, boolean>;
        const settings: Settings = {
          ...base,
          lockMode: r.lockMode,
          weeklyCapMinutes: r.weeklyCapMinutes,
          dailyCapMinutes: r.dailyCapMinutes,
          quietHours: r.quietHours,
          nudges: { ...base.nudges, enabled, cooldownMinutes: r.cooldownMinutes, windowEndingMinutes: r.windowEndingMinutes, capWarningPercent: r.capWarningPercent, fitnessGapDays: r.gapDays, familyGapDays: r.gapDays },
        };
        const start = at(monday, 0, '00:00', tz);
        const script: Step[] = r.sessions.flatMap((s) => {
          const from = start + s.day * DAY + s.minute * MINUTE;
          const steps: Step[] = [
            { at: from, do: 'start', categoryId: s.categoryId },
            { at: from + s.minutes * MINUTE, do: 'stop' },
          ];
          return s.unlock ? [{ at: from - 2 * MINUTE, do: 'unlock', minutes: 45 } as Step, ...steps] : steps;
        });
        const shown = simulate(settings, [], script, start, start + 8 * DAY, (i) => r.snoozes[i] ?? null);
        expectCooldown(shown, settings);
    expectSpacing(shown, settings);
      }),
      { numRuns: 100 },
    );
  });
});
