import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import { LOCK_MODES, type Entry, type RunningTimer, type Settings, type Unlock, type WorkWindow } from '../../../shared/model';
import { decideLock, hardStopAt, type LockInput } from '../../../shared/domain/locks';
import { activeUnlock } from '../../../shared/domain/unlocks';
import { DAY, HOUR, MINUTE } from '../../../shared/domain/time';

// Two weeks around Berlin's and New York's spring-forward in March 2026.
const BASE = Date.UTC(2026, 2, 2);
const ZONES = ['Europe/Berlin', 'America/New_York'] as const;

const hhmm = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
const windowArb: fc.Arbitrary<WorkWindow> = fc.record({ start: hhmm, end: hhmm });
const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    lockMode: fc.constantFrom(...LOCK_MODES),
    workWindows: fc.array(fc.array(windowArb, { maxLength: 2 }), { minLength: 7, maxLength: 7 }),
    weeklyCapMinutes: fc.integer({ min: 0, max: 100 }).map((n) => n * 30),
    dailyCapMinutes: fc.option(fc.integer({ min: 1, max: 24 }).map((n) => n * 60)),
  })
  .map((s) => ({ ...defaultSettings(s.timeZone), ...s }));

const categoryArb = fc.constantFrom('work', 'fitness', 'family', 'unknown');
const instantArb = fc.integer({ min: 0, max: 28 * 24 * 4 }).map((q) => BASE + q * 15 * MINUTE);

const entriesArb: fc.Arbitrary<Entry[]> = fc.array(
  fc.record({ categoryId: categoryArb, start: instantArb, hours: fc.integer({ min: 1, max: 40 }) }).map((e) => ({
    id: `e-${e.categoryId}-${e.start}-${e.hours}`,
    categoryId: e.categoryId,
    start: e.start,
    end: e.start + e.hours * 30 * MINUTE,
    note: '',
    tags: [],
    source: 'manual',
  })),
  { maxLength: 8 },
);

const unlocksArb = (now: number): fc.Arbitrary<Unlock[]> =>
  fc.array(
    fc.record({ from: fc.integer({ min: -120, max: 120 }), minutes: fc.integer({ min: 1, max: 120 }) }).map(({ from, minutes }) => ({
      id: `u${from}-${minutes}`,
      reason: 'why not',
      requestedAt: now + from * MINUTE - MINUTE,
      activeFrom: now + from * MINUTE,
      activeUntil: now + (from + minutes) * MINUTE,
    })),
    { maxLength: 2 },
  );

const lockInputArb: fc.Arbitrary<LockInput> = fc
  .record({
    settings: settingsArb,
    entries: entriesArb,
    now: instantArb.map((t) => t + 14 * DAY),
    action: fc.constantFrom('start', 'resume', 'add', 'edit') as fc.Arbitrary<LockInput['action']>,
    categoryId: categoryArb,
    offset: fc.integer({ min: -48, max: 48 }),
    length: fc.integer({ min: 0, max: 24 }),
    timer: fc.option(fc.record({ categoryId: categoryArb, back: fc.integer({ min: 0, max: 20 }) })),
    edits: fc.boolean(),
  })
  .chain((r) =>
    unlocksArb(r.now).map((unlocks) => {
      const starting = r.action === 'start' || r.action === 'resume';
      const at = starting ? r.now : r.now + r.offset * HOUR;
      const timer: RunningTimer | null = r.timer ? { id: 'run', categoryId: r.timer.categoryId, start: r.now - r.timer.back * 30 * MINUTE, note: '' } : null;
      return {
        action: r.action,
        categoryId: r.categoryId,
        at,
        end: starting ? undefined : at + r.length * 30 * MINUTE,
        entryId: r.action === 'edit' && r.edits ? r.entries[0]?.id : undefined,
        now: r.now,
        settings: r.settings,
        categories: SEEDED_CATEGORIES,
        entries: r.entries,
        timer,
        unlocks,
      };
    }),
  );

describe('lock invariants', () => {
  it('every decision that is not allowed gives at least one reason in words', () => {
    fc.assert(
      fc.property(lockInputArb, (input) => {
        const decision = decideLock(input);
        if (decision.verdict !== 'allowed') expect(decision.reasons.length).toBeGreaterThan(0);
        for (const reason of decision.reasons) expect(reason).toMatch(/^[A-Z0-9].*\.$/);
      }),
      { numRuns: 300 },
    );
  });

  it('fitness and family are always allowed, whatever the mode, the time or the caps', () => {
    fc.assert(
      fc.property(lockInputArb, fc.constantFrom('fitness', 'family'), (input, categoryId) => {
        expect(decideLock({ ...input, categoryId })).toEqual({ verdict: 'allowed', reasons: [], nextAllowedAt: null, needsReason: false });
      }),
      { numRuns: 150 },
    );
  });

  it('off never locks, soft only warns and asks for a reason, only hard blocks', () => {
    fc.assert(
      fc.property(lockInputArb, (input) => {
        const decision = decideLock(input);
        if (input.settings.lockMode === 'off') expect(decision.verdict).toBe('allowed');
        if (decision.verdict === 'warn') expect(decision).toMatchObject({ needsReason: true, nextAllowedAt: null });
        if (decision.verdict === 'blocked') expect(input.settings.lockMode).toBe('hard');
      }),
      { numRuns: 300 },
    );
  });

  it('a blocked start may go ahead at its next allowed instant, within 14 days', () => {
    fc.assert(
      fc.property(lockInputArb, (raw) => {
        const input = { ...raw, action: 'start' as const, end: undefined, at: raw.now, unlocks: [], settings: { ...raw.settings, lockMode: 'hard' as const } };
        const decision = decideLock(input);
        if (decision.verdict !== 'blocked' || decision.nextAllowedAt === null) return;
        expect(decision.nextAllowedAt).toBeGreaterThanOrEqual(input.at);
        expect(decision.nextAllowedAt).toBeLessThanOrEqual(input.at + 14 * DAY);
        expect(decideLock({ ...input, at: decision.nextAllowedAt }).verdict).toBe('allowed');
      }),
      { numRuns: 300 },
    );
  });

  it('a hard stop is never in the past nor inside an unlock; a start is refused at it and allowed just before', () => {
    fc.assert(
      fc.property(lockInputArb, (raw) => {
        const timer = { id: 'run', categoryId: 'work', start: raw.timer?.start ?? raw.now, note: '' };
        const state = { ...raw, timer, settings: { ...raw.settings, lockMode: 'hard' as const } };
        const stop = hardStopAt(state);
        if (!stop) return;
        expect(stop.at).toBeGreaterThanOrEqual(state.now);
        expect(activeUnlock(state.unlocks, stop.at)).toBeNull();
        if (state.unlocks.length > 0) return;
        // Asked at that instant, with the timer run up to it.
        const startAt = (at: number) => decideLock({ ...state, now: at, action: 'start', categoryId: 'work', at, end: undefined }).verdict;
        expect(startAt(stop.at)).toBe('blocked');
        if (stop.at > state.now) expect(startAt(stop.at - 1)).toBe('allowed');
      }),
      { numRuns: 300 },
    );
  });
});
