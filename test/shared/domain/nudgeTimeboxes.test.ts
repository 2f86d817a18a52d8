// Box nudges kind by kind: when each is due and what it says, once per occurrence, and held by quiet hours, snoozes,
// the cool-down and the enabled flags like every other kind.
import { describe, expect, it } from 'vitest';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import { scheduleNextNudge, type NudgeScheduleInput } from '../../../shared/domain/nudgeSchedule';
import { fromLocal, MINUTE, parseDate } from '../../../shared/domain/time';
import {
  NUDGE_KINDS,
  type Entry,
  type NudgeKind,
  type NudgeRecord,
  type ScheduledNudge,
  type RunningTimer,
  type Settings,
} from '../../../shared/model';
import type { Timebox } from '../../../shared/planModel';
import { once, weekly } from './timeboxFixtures';

const TZ = 'Europe/Berlin';

/** A local wall-clock time: '2026-03-24 09:00' (a Tuesday, Berlin winter time). */
function t(text: string): number {
  const [date, clock] = text.split(' ');
  const [h, m] = clock!.split(':').map(Number);
  return fromLocal(parseDate(date!)!, h!, m!, TZ);
}

const entry = (categoryId: string, start: number, end: number): Entry => ({ id: `${categoryId}-${start}`, categoryId, start, end, note: '', tags: [], source: 'manual' });
const timer = (categoryId: string, start: number): RunningTimer => ({ id: `run-${start}`, categoryId, start, note: '' });
const said = (n: ScheduledNudge): NudgeRecord => ({ id: `${n.kind}-${n.at}`, kind: n.kind, at: n.at, text: n.text, ...(n.ref ? { ref: n.ref } : {}) });

const BOX_KINDS: NudgeKind[] = ['box-starting', 'box-ending', 'box-missed'];

interface Overrides extends Partial<Omit<NudgeScheduleInput, 'settings'>> {
  settings?: Partial<Settings>;
  nudges?: Partial<Settings['nudges']>;
  /** Plan only these kinds (the others disabled); the box kinds by default. */
  only?: NudgeKind[];
}

function nextNudge(boxes: Timebox[], o: Overrides = {}): ScheduledNudge | null {
  const base = defaultSettings(TZ);
  const only = o.only ?? BOX_KINDS;
  const enabled = Object.fromEntries(NUDGE_KINDS.map((k) => [k, only.includes(k)])) as Record<NudgeKind, boolean>;
  const { settings, nudges, only: _only, ...rest } = o;
  return scheduleNextNudge({
    settings: { ...base, ...settings, nudges: { ...base.nudges, enabled, ...nudges } },
    categories: SEEDED_CATEGORIES,
    entries: [],
    timer: null,
    snoozes: [],
    pastNudges: [],
    now: t('2026-03-24 08:00'),
    timeboxes: boxes,
    ...rest,
  });
}

const morning = once('am', 'work', t('2026-03-24 09:00'), t('2026-03-24 12:00'));
const family = once('fam', 'family', t('2026-03-24 18:00'), t('2026-03-24 20:00'));

describe('box-starting: the lead before a box starts, with a Start', () => {
  it('5 minutes before, by default: the box, its times and the occurrence it is about', () => {
    expect(nextNudge([morning])).toEqual({
      at: t('2026-03-24 08:55'),
      kind: 'box-starting',
      text: 'Your Work box (09:00–12:00) starts in 5 minutes.',
      ref: { boxId: 'am', categoryId: 'work', start: t('2026-03-24 09:00') },
    });
  });

  it('the lead is the setting; a title names the box', () => {
    const titled = once('am', 'work', t('2026-03-24 09:00'), t('2026-03-24 12:00'), 'Deep work');
    expect(nextNudge([titled], { nudges: { boxStartingMinutes: 20 } })).toMatchObject({ at: t('2026-03-24 08:40'), text: '“Deep work” (Work, 09:00–12:00) starts in 20 minutes.' });
  });

  it('settings saved before the setting existed get the 5-minute default', () => {
    const { boxStartingMinutes: _gone, ...old } = defaultSettings(TZ).nudges;
    expect(scheduleNextNudge({ settings: { ...defaultSettings(TZ), nudges: old }, categories: SEEDED_CATEGORIES, entries: [], timer: null, snoozes: [], pastNudges: [], now: t('2026-03-24 08:00'), timeboxes: [morning] })?.at).toBe(
      t('2026-03-24 08:55'),
    );
  });

  it('a weekly series: each occurrence once, by its own id; said once, the next is the next day’s', () => {
    const series = weekly({ id: 'gym', categoryId: 'fitness', startTime: '07:30', endTime: '08:15', firstDate: '2026-03-02' });
    const only: NudgeKind[] = ['box-starting'];
    const first = nextNudge([series], { now: t('2026-03-24 07:00'), only })!;
    expect(first).toMatchObject({ at: t('2026-03-24 07:25'), ref: { boxId: 'gym@2026-03-24', categoryId: 'fitness' } });
    expect(nextNudge([series], { now: first.at, only }), 'asked again at its instant').toEqual(first);
    expect(nextNudge([series], { now: first.at, pastNudges: [said(first)], only })).toMatchObject({ at: t('2026-03-25 07:25'), ref: { boxId: 'gym@2026-03-25' } });
  });

  it('a box moved after its nudge is a new occasion: said again at its new time', () => {
    const first = nextNudge([morning])!;
    const moved = { ...morning, start: t('2026-03-24 14:00'), end: t('2026-03-24 15:00') };
    expect(nextNudge([moved], { now: t('2026-03-24 09:00'), pastNudges: [said(first)] })?.at).toBe(t('2026-03-24 13:55'));
  });

  it('a box starting inside quiet hours’ last minutes is told when they end; one ending in them is dropped', () => {
    const run = once('run', 'fitness', t('2026-03-24 07:00'), t('2026-03-24 07:45'));
    expect(nextNudge([run], { now: t('2026-03-24 06:00') })).toMatchObject({ at: t('2026-03-24 07:00'), text: 'Your Fitness box (07:00–07:45) starts now.' });
    const early = once('early', 'fitness', t('2026-03-24 06:00'), t('2026-03-24 06:45'));
    expect(nextNudge([early], { now: t('2026-03-24 05:00'), only: ['box-starting'] })).toBeNull();
  });

  it('missed while asleep: told at the wake up to the lead after the start, never in the past', () => {
    expect(nextNudge([morning], { now: t('2026-03-24 09:03') })).toMatchObject({ at: t('2026-03-24 09:03'), text: 'Your Work box (09:00–12:00) started 3 minutes ago.' });
    expect(nextNudge([morning], { now: t('2026-03-24 09:05') })).toBeNull();
  });

  it('a snooze holds it back while it still makes sense; a snooze of the kind past the start drops it', () => {
    expect(nextNudge([morning], { snoozes: [{ until: t('2026-03-24 08:58') }] })).toMatchObject({ at: t('2026-03-24 08:58'), text: expect.stringContaining('starts in 2 minutes') });
    expect(nextNudge([morning], { snoozes: [{ until: t('2026-03-24 09:30'), kind: 'box-starting' }] })).toBeNull();
    expect(nextNudge([morning], { snoozes: [{ until: t('2026-03-24 09:30'), kind: 'box-missed' }] })?.at).toBe(t('2026-03-24 08:55'));
  });

  it('the cool-down: a box starting soon after the last box-starting nudge waits it out, and is dropped past its lead', () => {
    const second = once('b', 'family', t('2026-03-24 09:10'), t('2026-03-24 10:00'));
    const past = [said(nextNudge([morning])!)];
    const only: NudgeKind[] = ['box-starting'];
    expect(nextNudge([morning, second], { now: t('2026-03-24 08:55'), pastNudges: past, only })).toMatchObject({ at: t('2026-03-24 09:10'), ref: { boxId: 'b' } });
    expect(nextNudge([morning, second], { now: t('2026-03-24 08:55'), pastNudges: past, nudges: { cooldownMinutes: 30 }, only })).toBeNull();
  });

  it('disabled: never planned', () => {
    expect(nextNudge([morning], { only: ['box-ending', 'box-missed'] })).toBeNull();
  });

  it('hard lock: a work box comes when its Start would be allowed — the window opening — and not at all when the lock blocks it', () => {
    const hard = { settings: { lockMode: 'hard' as const }, only: ['box-starting'] as NudgeKind[] };
    expect(nextNudge([morning], hard)).toMatchObject({ at: t('2026-03-24 09:00'), text: 'Your Work box (09:00–12:00) starts now.' });
    expect(nextNudge([morning], { ...hard, settings: { lockMode: 'soft' } })?.at, 'soft: Start asks for a reason, the nudge is not moved').toBe(t('2026-03-24 08:55'));
    const evening = once('eve', 'work', t('2026-03-24 18:00'), t('2026-03-24 19:00'));
    expect(nextNudge([evening], hard), 'outside the windows').toBeNull();
    const overCap = [entry('work', t('2026-03-23 00:00'), t('2026-03-24 11:00'))];
    expect(nextNudge([morning], { ...hard, entries: overCap }), 'past the weekly cap').toBeNull();
    expect(nextNudge([once('run', 'fitness', t('2026-03-24 18:00'), t('2026-03-24 19:00'))], { ...hard, entries: overCap })?.at, 'other areas are not locked').toBe(t('2026-03-24 17:55'));
  });

  it('not while a timer of that category already runs into the box; a timer of another category is switched by Start', () => {
    expect(nextNudge([morning], { timer: timer('work', t('2026-03-24 07:30')), only: ['box-starting'] })).toBeNull();
    expect(nextNudge([morning], { timer: timer('fitness', t('2026-03-24 07:30')), only: ['box-starting'] })?.at).toBe(t('2026-03-24 08:55'));
  });
});

describe('box-ending: at a work box’s end, only while a work timer runs', () => {
  const working = { now: t('2026-03-24 10:00'), timer: timer('work', t('2026-03-24 09:00')) };

  it('at the end, wrap-up words', () => {
    expect(nextNudge([morning], { ...working, only: ['box-ending'] })).toEqual({
      at: t('2026-03-24 12:00'),
      kind: 'box-ending',
      text: 'Your Work box (09:00–12:00) ends now and the work timer is still running. Time to wrap up.',
      ref: { boxId: 'am', categoryId: 'work', start: t('2026-03-24 09:00') },
    });
  });

  it.each([
    ['no timer runs', null],
    ['a fitness timer runs', timer('fitness', t('2026-03-24 09:00'))],
    ['the work timer started after the box ended', timer('work', t('2026-03-24 12:30'))],
  ])('none when %s', (_, running) => {
    expect(nextNudge([morning], { now: t('2026-03-24 12:40'), timer: running, only: ['box-ending'] })).toBeNull();
  });

  it('not for a fitness or family box', () => {
    expect(nextNudge([family], { now: t('2026-03-24 18:30'), timer: timer('work', t('2026-03-24 18:00')), only: ['box-ending'] })).toBeNull();
  });

  it('not where another work box carries on from that instant: the end of the run of boxes is told', () => {
    const next = once('next', 'work', t('2026-03-24 12:00'), t('2026-03-24 13:00'));
    expect(nextNudge([morning, next], { ...working, only: ['box-ending'] })).toMatchObject({ at: t('2026-03-24 13:00'), ref: { boxId: 'next' } });
  });

  it('once per occurrence; held by quiet hours or a snooze up to 30 minutes after the end, then dropped', () => {
    const first = nextNudge([morning], { ...working, only: ['box-ending'] })!;
    expect(nextNudge([morning], { ...working, now: first.at, pastNudges: [said(first)], only: ['box-ending'] })).toBeNull();
    expect(nextNudge([morning], { ...working, settings: { quietHours: { start: '12:00', end: '12:20' } }, only: ['box-ending'] })).toMatchObject({
      at: t('2026-03-24 12:20'),
      text: 'Your Work box (09:00–12:00) ended at 12:00 and the work timer is still running. Time to wrap up.',
    });
    expect(nextNudge([morning], { ...working, settings: { quietHours: { start: '12:00', end: '12:30' } }, only: ['box-ending'] })).toBeNull();
    expect(nextNudge([morning], { ...working, snoozes: [{ until: t('2026-03-24 12:10'), kind: 'box-ending' }], only: ['box-ending'] })?.at).toBe(t('2026-03-24 12:10'));
  });

  it('not when the hard lock stops the timer before the box ends (lock-stopped says it)', () => {
    const late = once('late', 'work', t('2026-03-24 15:00'), t('2026-03-24 18:00'));
    expect(nextNudge([late], { ...working, settings: { lockMode: 'hard' }, only: ['box-ending'] })).toBeNull();
    expect(nextNudge([late], { ...working, only: ['box-ending'] })?.at).toBe(t('2026-03-24 18:00'));
  });

  it('disabled: never planned', () => {
    expect(nextNudge([morning], { ...working, only: ['box-starting', 'box-missed'] })?.kind).not.toBe('box-ending');
  });
});

describe('box-missed: a fitness or family box passed with nothing of its area logged', () => {
  it('5 minutes after its end', () => {
    expect(nextNudge([family], { only: ['box-missed'] })).toEqual({
      at: t('2026-03-24 20:05'),
      kind: 'box-missed',
      text: 'Your Family box (18:00–20:00) passed with no family time logged. Log it if it happened, or plan another time.',
      ref: { boxId: 'fam', categoryId: 'family', start: t('2026-03-24 18:00') },
    });
  });

  it('anything of the area logged during it, or its timer running into it, means it was not missed', () => {
    const now = t('2026-03-24 20:01');
    expect(nextNudge([family], { now, entries: [entry('family', t('2026-03-24 19:30'), t('2026-03-24 19:40'))], only: ['box-missed'] })).toBeNull();
    expect(nextNudge([family], { now, timer: timer('family', t('2026-03-24 19:55')), only: ['box-missed'] })).toBeNull();
    expect(nextNudge([family], { now: t('2026-03-24 12:00'), timer: timer('family', t('2026-03-24 11:00')), only: ['box-missed'] }), 'a timer running since before the box').toBeNull();
  });

  it('time of another area, or of the area outside the box, does not count', () => {
    const entries = [entry('fitness', t('2026-03-24 18:00'), t('2026-03-24 19:00')), entry('family', t('2026-03-24 17:00'), t('2026-03-24 18:00'))];
    expect(nextNudge([family], { now: t('2026-03-24 20:01'), entries, only: ['box-missed'] })?.at).toBe(t('2026-03-24 20:05'));
  });

  it('a long entry that started hours before the box and ran through it counts', () => {
    const day = once('day', 'family', t('2026-03-24 06:00'), t('2026-03-25 05:00'));
    const entries = [entry('family', t('2026-03-24 05:00'), t('2026-03-24 06:30'))];
    expect(nextNudge([day], { now: t('2026-03-25 04:00'), entries, only: ['box-missed'] })).toBeNull();
  });

  it('never for a work box', () => {
    expect(nextNudge([morning], { now: t('2026-03-24 12:01'), only: ['box-missed'] })).toBeNull();
  });

  it('ending in quiet hours: told when they end, with the box’s day; dropped 12 hours after its end', () => {
    const late = once('late', 'fitness', t('2026-03-24 21:00'), t('2026-03-24 22:00'));
    expect(nextNudge([late], { now: t('2026-03-24 21:30'), only: ['box-missed'] })).toMatchObject({
      at: t('2026-03-25 07:00'),
      text: 'Your Fitness box (Tue 24 Mar 21:00–22:00) passed with no fitness logged. Log it if it happened, or plan another time.',
    });
    expect(nextNudge([late], { now: t('2026-03-25 09:59'), only: ['box-missed'] })?.at).toBe(t('2026-03-25 09:59'));
    expect(nextNudge([late], { now: t('2026-03-25 10:00'), only: ['box-missed'] })).toBeNull();
  });

  it('once per occurrence; a snooze holds it; disabled never planned', () => {
    const first = nextNudge([family], { only: ['box-missed'] })!;
    expect(nextNudge([family], { now: first.at, pastNudges: [said(first)], only: ['box-missed'] })).toBeNull();
    expect(nextNudge([family], { snoozes: [{ until: t('2026-03-24 21:00') }], only: ['box-missed'] })?.at).toBe(t('2026-03-24 21:00'));
    expect(nextNudge([family], { only: ['box-starting', 'box-ending'] })?.kind).toBe('box-starting');
    expect(nextNudge([family], { now: t('2026-03-24 19:00'), only: ['box-starting', 'box-ending'] })).toBeNull();
  });
});

describe('box nudges among the others', () => {
  it('at one instant the more pressing kind goes first: box-ending before wrap-up and off-hours', () => {
    const afternoon = once('pm', 'work', t('2026-03-24 13:00'), t('2026-03-24 17:00'));
    const next = nextNudge([afternoon], { now: t('2026-03-24 16:55'), timer: timer('work', t('2026-03-24 13:00')), only: ['box-ending', 'wrap-up', 'off-hours-work'] });
    expect(next).toMatchObject({ kind: 'box-ending', at: t('2026-03-24 17:00') });
  });

  it('a box further than two days ahead is still found when nothing comes sooner', () => {
    const later = once('later', 'fitness', t('2026-03-28 10:00'), t('2026-03-28 11:00'));
    expect(nextNudge([later])?.at).toBe(t('2026-03-28 09:55'));
  });

  it('a nudge of another kind past the first look ahead does not hide a box nudge before it', () => {
    // Fitness last logged Monday morning: the gap nudge is due Thursday 17:00; the box's nudge, Thursday 09:55, comes first.
    const later = once('later', 'fitness', t('2026-03-26 10:00'), t('2026-03-26 11:00'));
    const entries = [entry('fitness', t('2026-03-23 08:00'), t('2026-03-23 09:00'))];
    expect(nextNudge([], { entries, only: ['box-starting', 'fitness-gap'] })).toMatchObject({ kind: 'fitness-gap', at: t('2026-03-26 17:00') });
    expect(nextNudge([later], { entries, only: ['box-starting', 'fitness-gap'] })).toMatchObject({ kind: 'box-starting', at: t('2026-03-26 09:55') });
  });

  it('years of weekly series: only the days around now are expanded, so a plan stays fast', () => {
    const series = Array.from({ length: 200 }, (_, i) =>
      weekly({ id: `s${i}`, categoryId: i % 3 === 0 ? 'work' : i % 3 === 1 ? 'fitness' : 'family', firstDate: '2016-01-04', startTime: `${String(6 + (i % 14)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, weekdays: [i % 7] }),
    );
    const started = performance.now();
    for (let i = 0; i < 50; i++) nextNudge(series, { now: t('2026-03-24 08:00') + i * 7 * MINUTE });
    expect((performance.now() - started) / 50).toBeLessThan(20);
  });
});
