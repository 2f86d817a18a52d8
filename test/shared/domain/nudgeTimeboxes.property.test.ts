// Box nudges over random plans, timers, quiet hours and snoozes: each nudge shown and recorded (a hard lock's stop
// stopping the timer), the plan asked again from its instant. Whatever the plan, the rules every kind obeys hold for the box kinds too.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import { decideLock, hardStopAt } from '../../../shared/domain/locks';
import { scheduleNextNudge, quietHoursAt, type NudgeScheduleInput } from '../../../shared/domain/nudgeSchedule';
import { DAY, MINUTE, addDays, fromLocal, parseDate } from '../../../shared/domain/time';
import { NUDGE_KINDS, type Entry, type NudgeKind, type NudgeRecord, type Settings } from '../../../shared/model';
import type { Timebox } from '../../../shared/planModel';
import { once, weekly } from './timeboxFixtures';

const WEEKS = [
  { tz: 'Europe/Berlin', monday: '2026-03-23' },
  { tz: 'America/New_York', monday: '2026-10-26' },
  { tz: 'Europe/Berlin', monday: '2026-06-08' },
] as const;
const CATEGORY = fc.constantFrom('work', 'fitness', 'family');
const BOX_KINDS: readonly NudgeKind[] = ['box-starting', 'box-ending', 'box-missed'];
const hhmm = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);

const boxArb = fc.record({
  repeat: fc.boolean(),
  categoryId: CATEGORY,
  day: fc.integer({ min: 0, max: 6 }),
  minute: fc.integer({ min: 0, max: 287 }).map((m) => m * 5),
  minutes: fc.integer({ min: 5, max: 600 }),
  weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
});

const worldArb = fc.record({
  week: fc.constantFrom(...WEEKS),
  boxes: fc.array(boxArb, { minLength: 1, maxLength: 8 }),
  quietHours: fc.option(fc.record({ start: hhmm, end: hhmm })),
  lockMode: fc.constantFrom('off', 'off', 'hard') as fc.Arbitrary<Settings['lockMode']>,
  cooldownMinutes: fc.constantFrom(1, 15, 60),
  boxStartingMinutes: fc.option(fc.constantFrom(1, 5, 30, 240), { nil: undefined }),
  otherKinds: fc.boolean(),
  nowMinute: fc.integer({ min: 0, max: 7 * 24 * 12 - 1 }).map((m) => m * 5),
  timer: fc.option(fc.record({ categoryId: fc.constantFrom('work', 'work', 'fitness', 'family'), minutesBefore: fc.integer({ min: 0, max: 600 }) })),
  logged: fc.array(fc.record({ categoryId: CATEGORY, day: fc.integer({ min: -1, max: 6 }), minute: fc.integer({ min: 0, max: 1439 }), minutes: fc.integer({ min: 1, max: 240 }) }), { maxLength: 6 }),
  snoozes: fc.array(fc.record({ afterMinutes: fc.integer({ min: 0, max: 3000 }), minutes: fc.integer({ min: 1, max: 600 }), kind: fc.option(fc.constantFrom(...BOX_KINDS), { nil: undefined }) }), { maxLength: 3 }),
});

describe('box nudge invariants over random plans', () => {
  it('never in the past, never in quiet hours or a snooze, once per occurrence, nothing within the cool-down, a Start the lock allows, the same answer at its instant', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const { tz, monday } = w.week;
        const local = (day: number, minute: number) => fromLocal(addDays(parseDate(monday)!, day), Math.floor(minute / 60), minute % 60, tz);
        const start = local(0, 0);
        const now = start + w.nowMinute * MINUTE;
        const base = defaultSettings(tz);
        // The gap kinds stay off: a timer left running for days in this still world moves their due instant with now.
        const enabled = Object.fromEntries(NUDGE_KINDS.map((k) => [k, BOX_KINDS.includes(k) || (w.otherKinds && !k.endsWith('-gap'))])) as Record<NudgeKind, boolean>;
        const nudges: Settings['nudges'] = { ...base.nudges, enabled, cooldownMinutes: w.cooldownMinutes };
        if (w.boxStartingMinutes === undefined) delete nudges.boxStartingMinutes;
        else nudges.boxStartingMinutes = w.boxStartingMinutes;
        const settings: Settings = { ...base, lockMode: w.lockMode, quietHours: w.quietHours, nudges };
        const timeboxes: Timebox[] = w.boxes.map((b, i) => {
          const from = local(b.day, b.minute);
          if (!b.repeat) return once(`b${i}`, b.categoryId, from, from + b.minutes * MINUTE);
          const clock = `${String(Math.floor(b.minute / 60)).padStart(2, '0')}:${String(b.minute % 60).padStart(2, '0')}`;
          return weekly({ id: `s${i}`, categoryId: b.categoryId, firstDate: monday, startTime: clock, durationMinutes: b.minutes, weekdays: b.weekdays });
        });
        const entries: Entry[] = w.logged
          .map((e, i) => ({ id: `e${i}`, categoryId: e.categoryId, start: local(e.day, e.minute), end: local(e.day, e.minute) + e.minutes * MINUTE, note: '', tags: [], source: 'manual' }))
          .filter((e) => e.end <= now)
          .sort((a, b) => a.start - b.start);
        let timer = w.timer ? { id: 'run', categoryId: w.timer.categoryId, start: now - w.timer.minutesBefore * MINUTE, note: '' } : null;
        const snoozes = w.snoozes.map((s) => ({ until: now + (s.afterMinutes + s.minutes) * MINUTE, ...(s.kind ? { kind: s.kind } : {}) }));
        const shown: NudgeRecord[] = [];
        const stopTimer = (end: number): number => {
          if (timer && end > timer.start) entries.push({ id: timer.id, categoryId: timer.categoryId, start: timer.start, end, note: '', tags: [], source: 'timer' });
          timer = null;
          return end;
        };
        const input = (at: number): NudgeScheduleInput => ({ settings, categories: SEEDED_CATEGORIES, entries, timer, snoozes, pastNudges: shown, timeboxes, now: at });

        let at = now;
        for (let step = 0; step < 12; step++) {
          const next = scheduleNextNudge(input(at));
          // The scheduler makes a hard stop even when lock-stopped nudges are off.
          const stop = timer ? hardStopAt({ ...input(at), unlocks: [] }) : null;
          if (stop && !settings.nudges.enabled['lock-stopped'] && (!next || stop.at <= next.at)) {
            at = stopTimer(stop.at);
            continue;
          }
          if (!next || next.at > now + 3 * DAY) break;
          expect(next.at, 'never in the past').toBeGreaterThanOrEqual(at);
          expect(scheduleNextNudge(input(next.at)), 'asked again at its instant, the same').toEqual(next);
          if (next.kind !== 'lock-stopped') {
            expect(quietHoursAt(next.at, settings), `${next.kind} inside quiet hours`).toBeNull();
            for (const s of snoozes) if (s.kind === undefined || s.kind === next.kind) expect(next.at, 'snoozed').toBeGreaterThanOrEqual(s.until);
          }
          if (BOX_KINDS.includes(next.kind)) {
            expect(next.ref, 'a box nudge names its occurrence').toBeDefined();
            const again = shown.filter((r) => r.kind === next.kind && r.ref?.boxId === next.ref!.boxId && r.ref.start === next.ref!.start);
            expect(again, 'once per occurrence').toEqual([]);
            if (next.kind === 'box-starting') {
              const lock = decideLock({ ...input(next.at), unlocks: [], action: 'start', categoryId: next.ref!.categoryId, at: next.at });
              expect(lock.verdict, 'a Start offered is one the lock allows').not.toBe('blocked');
            }
            const last = shown.filter((r) => r.kind === next.kind).at(-1);
            if (last) expect(next.at - last.at, 'cool-down').toBeGreaterThanOrEqual(settings.nudges.cooldownMinutes * MINUTE);
          }
          shown.push({ id: `n${step}`, kind: next.kind, at: next.at, text: next.text, ...(next.ref ? { ref: next.ref } : {}) });
          at = next.at;
          // The hard lock's stop ends the run there, as the scheduler does.
          if (next.kind === 'lock-stopped') stopTimer(at);
        }
      }),
      { numRuns: 120 },
    );
  });
});
