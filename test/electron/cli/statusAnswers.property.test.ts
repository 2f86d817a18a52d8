// The hand-written checks of status's answers must be the contract's schemas in every field status reads: the
// same verdict on a real answer with any of those fields replaced (valid or a near miss), and the same values.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract';
import { checkStatusOtherTimers, checkStatusSnapshot, checkStatusWeek } from '../../../electron/cli/statusAnswers';
import { makeTestHost, type TestHost } from '../../support/testHost';

let host: TestHost;
let snapshot: Record<string, unknown>;
let week: Record<string, unknown>;

beforeAll(async () => {
  host = makeTestHost();
  await host.call('entries.add', { categoryId: 'work', start: host.clock.now() - 3 * 3_600_000, end: host.clock.now() - 3_600_000 });
  // Logged ahead: the timer runs into it 10 minutes on, so the week's answer names it (timerRanInto).
  await host.call('entries.add', { categoryId: 'family', start: host.clock.now() + 10 * 60_000, end: host.clock.now() + 15 * 60_000 });
  await host.call('timer.start', { categoryId: 'work', note: 'writing' });
  // Synced in over its start (from another computer, which did not see the timer): the run counts from 2 minutes on
  // (timerCountedFrom).
  const started = host.clock.now();
  host.app.store.applyEntries({ put: [{ id: 'synced-call', categoryId: 'work', start: started - 5 * 60_000, end: started + 2 * 60_000, note: '', tags: [], source: 'manual' }] });
  host.clock.advance(20 * 60_000);
  snapshot = (await host.call('app.snapshot', {})) as unknown as Record<string, unknown>;
  week = (await host.call('summary.week', {})) as unknown as Record<string, unknown>;
});
afterAll(() => host.cleanup());

const MISSING = Symbol('missing');
/** Values around each field's rules: types, limits, whitespace (names are trimmed), areas, instants. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(MISSING, null, undefined, true, 0, -1, 0.5, 1e6, 8.64e15, 8.64e15 + 1, NaN, Infinity, -Infinity, -0, '', ' ', '5'),
  fc.constantFrom('work', 'fitness', 'family', 'Work', 'sleep', '#00ff00', '#00FF0', 'Europe/Berlin', '2026-W48', '  Deep work  '),
  fc.constantFrom('x'.repeat(60), 'x'.repeat(61), ` ${'x'.repeat(60)} `, 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(500), 'x'.repeat(501), '😀'.repeat(60), '😀'.repeat(33), 'x'.repeat(2001)),
  fc.integer({ min: -10, max: 2 ** 40 }),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constant({}),
  fc.constant([]),
);

type Path = Array<string | number>;
function replaced(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    if (rest.length === 0 && next === MISSING) copy.splice(key as number, 1);
    else copy[key as number] = replaced(copy[key as number], rest, next);
    return copy;
  }
  const copy: Record<string | number, unknown> = { ...(value as object) };
  if (rest.length === 0 && next === MISSING) {
    delete copy[key!];
    return copy;
  }
  copy[key!] = replaced((value as Record<string | number, unknown>)[key!], rest, next);
  return copy;
}

const SNAPSHOT_PATHS: Path[] = [
  [],
  ['settings'],
  ['settings', 'timeZone'],
  ['categories'],
  ['categories', 0],
  ...['id', 'name', 'area', 'color', 'archived'].map((key) => ['categories', 1, key]),
  ['timer'],
  ...['id', 'categoryId', 'start', 'note', 'overrideReason'].map((key) => ['timer', key]),
  ['now'],
];
const WEEK_PATHS: Path[] = [
  [],
  ['week'],
  ['timeZone'],
  ['minutes'],
  ['minutes', 'work'],
  ['minutes', 'fitness'],
  ['minutes', 'family'],
  ['capMinutes'],
  ['remainingMinutes'],
  ['overCapMinutes'],
  ['capReachedAt'],
  ['timerRanInto'],
  ['timerRanInto', 'at'],
  ['timerRanInto', 'categoryId'],
  ['timerRanInto', 'timerId'],
  ['timerCountedFrom'],
  ['timerCountedFrom', 'at'],
  ['timerCountedFrom', 'timerId'],
];

/** A sync.otherTimers answer with two computers' timers (the test host has sync off, so it answers none). */
const OTHER_TIMERS = [
  { device: { id: 'laptop', name: 'Laptop' }, timer: { id: 't1', categoryId: 'work', start: 1_775_037_600_000, note: '' } },
  { device: { id: 'tablet', name: ' Tablet ' }, timer: { id: 't2', categoryId: 'gone', start: 1_775_040_000_000, note: 'reading' } },
];
const OTHER_TIMER_PATHS: Path[] = [
  [],
  [0],
  ['device'],
  ...['device', 'timer'].map((key) => [1, key]),
  ...['id', 'name'].map((key) => [1, 'device', key]),
  ...['id', 'categoryId', 'start', 'note'].map((key) => [1, 'timer', key]),
];

/** What status reads, taken from zod's output the way the hand check gives it. */
function snapshotPart(parsed: Record<string, unknown>) {
  const p = parsed as { settings: { timeZone: string }; categories: Array<{ id: string; name: string; area: string }>; timer: Record<string, unknown> | null; now: number };
  return {
    settings: { timeZone: p.settings.timeZone },
    categories: p.categories.map(({ id, name, area }) => ({ id, name, area })),
    timer: p.timer && { id: p.timer.id, categoryId: p.timer.categoryId, start: p.timer.start, note: p.timer.note },
    now: p.now,
  };
}
function weekPart(parsed: Record<string, unknown>) {
  const { week: w, timeZone, minutes, capMinutes, remainingMinutes, overCapMinutes, capReachedAt, timerRanInto, timerCountedFrom } = parsed as Record<string, unknown> & { minutes: Record<string, unknown> };
  const ranInto = (timerRanInto ?? null) as { at: unknown; categoryId: unknown; timerId?: unknown } | null;
  const countedFrom = (timerCountedFrom ?? null) as { at: unknown; timerId: unknown } | null;
  return {
    week: w,
    timeZone,
    minutes: { work: minutes.work, fitness: minutes.fitness, family: minutes.family },
    capMinutes,
    remainingMinutes,
    overCapMinutes,
    capReachedAt,
    timerRanInto: ranInto && { at: ranInto.at, categoryId: ranInto.categoryId, ...(ranInto.timerId === undefined ? {} : { timerId: ranInto.timerId }) },
    timerCountedFrom: countedFrom && { at: countedFrom.at, timerId: countedFrom.timerId },
  };
}

describe("status's hand-written answer checks", () => {
  it('the real answers pass, giving what status reads of them', () => {
    expect(checkStatusSnapshot(snapshot)).toStrictEqual(snapshotPart(channels['app.snapshot'].response.parse(snapshot) as Record<string, unknown>));
    expect(checkStatusSnapshot(snapshot)?.timer).toMatchObject({ note: 'writing' });
    expect(checkStatusWeek(week)).toStrictEqual(weekPart(channels['summary.week'].response.parse(week) as Record<string, unknown>));
    // 2 h logged, the 7 minutes synced in, and the run from their end to the family entry's start (8 minutes).
    expect(checkStatusWeek(week)?.minutes.work).toBe(135);
    expect(checkStatusWeek(week)?.timerRanInto).toMatchObject({ categoryId: 'family' });
    expect(checkStatusWeek(week)?.timerCountedFrom).toMatchObject({ at: (snapshot.now as number) - 18 * 60_000 });
  });

  it('app.snapshot: any field status reads replaced, the same verdict as the contract, and the same values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SNAPSHOT_PATHS), anyValue, (path, value) => {
        const given = replaced(snapshot, path, value);
        const zod = channels['app.snapshot'].response.safeParse(given);
        const fast = checkStatusSnapshot(given);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) expect(fast).toStrictEqual(snapshotPart(zod.data as Record<string, unknown>));
      }),
      { numRuns: 3000 },
    );
  });

  it('summary.week: any field status reads replaced, the same verdict as the contract, and the same values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WEEK_PATHS), anyValue, (path, value) => {
        const given = replaced(week, path, value);
        const zod = channels['summary.week'].response.safeParse(given);
        const fast = checkStatusWeek(given);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) expect(fast).toStrictEqual(weekPart(zod.data as Record<string, unknown>));
      }),
      { numRuns: 3000 },
    );
  });

  it('sync.otherTimers: any field status reads replaced, the same verdict as the contract, and the same values', async () => {
    expect(checkStatusOtherTimers(await host.call('sync.otherTimers', {}))).toStrictEqual([]);
    expect(checkStatusOtherTimers(OTHER_TIMERS)).toStrictEqual(OTHER_TIMERS);
    fc.assert(
      fc.property(fc.constantFrom(...OTHER_TIMER_PATHS), anyValue, (path, value) => {
        const given = replaced(OTHER_TIMERS, path, value);
        const zod = channels['sync.otherTimers'].response.safeParse(given);
        const fast = checkStatusOtherTimers(given);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) expect(fast).toStrictEqual(zod.data);
      }),
      { numRuns: 3000 },
    );
  });
});
