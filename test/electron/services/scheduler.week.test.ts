// A whole week through the real services, the scheduler on fake timers: timers started and stopped through the
// router at scripted instants, nudges answered the way a person would, and every nudge shown checked against the
// boundary it announces.
import { afterEach, describe, expect, it } from 'vitest';
import { quietHoursAt } from '../../../shared/domain/nudgeSchedule';
import { addDays, fromLocal, parseDate, toLocal } from '../../../shared/domain/time';
import { NUDGE_KINDS, type NudgeKind, type NudgeRecord, type Settings } from '../../../shared/model';
import type { EventPayload } from '../../../shared/contract';
import { MINUTE, makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
const MONDAY = '2026-04-13';

/** Local wall-clock time, days counted from the Monday: at(3, '13:00') is Thursday 13:00. */
function at(day: number, clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return fromLocal(addDays(parseDate(MONDAY)!, day), h!, m!, TZ);
}

type Step =
  | { at: number; do: 'start'; categoryId: string }
  | { at: number; do: 'stop' }
  | { at: number; do: 'act'; kind: NudgeKind; action: 'stop' | 'snooze-day' };

type Shown = EventPayload<'nudge'>;
type Logged = NudgeRecord;

function say(n: { kind: string; at: number }): string {
  const l = toLocal(n.at, TZ);
  return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][l.weekday]} ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')} ${n.kind}`;
}

async function runScript(host: TestHost, steps: Step[], until: number): Promise<Logged[]> {
  for (const step of [...steps].sort((a, b) => a.at - b.at)) {
    host.timers.runTo(step.at);
    if (step.do === 'start') await host.call('timer.start', { categoryId: step.categoryId, reason: 'scripted week' });
    if (step.do === 'stop') await host.call('timer.stop', {});
    if (step.do === 'act') {
      const record = host.app.store.getNudgeLog().find((n) => n.kind === step.kind && n.at === step.at);
      expect(record, `a ${step.kind} nudge at ${say(step)} to answer`).toBeDefined();
      await host.call('nudges.act', { id: record!.id, action: step.action });
    }
  }
  host.timers.runTo(until);
  // Every boundary announced, each once: the nudges pushed and the kinds folded into them, as the log keeps them.
  return host.app.store.getNudgeLog();
}

const pushedOf = (host: TestHost) => host.events.filter((e) => e.name === 'nudge').map((e) => e.payload as Shown);

function countByKind(shown: readonly Logged[]): Partial<Record<NudgeKind, number>> {
  const counts: Partial<Record<NudgeKind, number>> = {};
  for (const n of shown) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
  return counts;
}

describe('Scheduler: a simulated week', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it(
    'a simulated week: 29 nudges (5 window-end, 10 off-hours start, 5 daily cap, 4 wrap-up, 1 cap-warning at 90%, 1 cap-reached, ' +
      '1 fitness-gap, 1 family-gap, 1 weekend-work), each once within 60 s of its boundary; 0 in quiet hours, 0 during a snooze, 0 repeats inside the cool-down',
    async () => {
      const notified: string[] = [];
      host = makeTestHost({ start: at(-1, '20:00'), storage: 'memory', notifier: { notify: (n) => notified.push(n.id) } });
      // Fitness and family last logged on the Sunday before: both gaps reach 3 days on Wednesday evening.
      await host.call('entries.add', { categoryId: 'family', start: at(-1, '15:00'), end: at(-1, '18:00') });
      await host.call('entries.add', { categoryId: 'fitness', start: at(-1, '18:00'), end: at(-1, '19:00') });
      const settings = await host.call('settings.update', { lockMode: 'soft', dailyCapMinutes: 8 * 60 });
      host.app.start();

      const workday = (d: number, from = '08:30', to = '17:30'): Step[] => [
        { at: at(d, from), do: 'start', categoryId: 'work' },
        { at: at(d, to), do: 'stop' },
      ];
      const script: Step[] = [
        ...[0, 1, 2, 3].flatMap((d) => workday(d)),
        // Wednesday: the morning's off-hours nudge snoozed for the day, so the evening's crossing stays silent.
        { at: at(2, '08:30'), do: 'act', kind: 'off-hours-work', action: 'snooze-day' },
        // Thursday late: a second off-hours stretch, and work on into quiet hours (nothing is due there).
        ...workday(3, '21:00', '23:30'),
        // Friday: stopped from the window-ending nudge, so no wrap-up and no off-hours crossing at 17:00.
        { at: at(4, '08:30'), do: 'start', categoryId: 'work' },
        { at: at(4, '16:50'), do: 'act', kind: 'window-ending', action: 'stop' },
        { at: at(4, '18:00'), do: 'start', categoryId: 'fitness' },
        { at: at(4, '19:00'), do: 'stop' },
        ...workday(5, '10:00', '11:00'),
        // Saturday night into Sunday, all inside quiet hours: every nudge it calls for is held back, then moot.
        { at: at(5, '23:00'), do: 'start', categoryId: 'work' },
        { at: at(6, '01:00'), do: 'stop' },
      ];
      const shown = await runScript(host, script, at(7, '00:00'));

      const day = (d: number, skip: NudgeKind[] = []): Array<[NudgeKind, number]> =>
        (
          [
            ['off-hours-work', at(d, '08:30')],
            ['daily-cap-reached', at(d, '16:30')],
            ['window-ending', at(d, '16:50')],
            ['wrap-up', at(d, '17:00')],
            ['off-hours-work', at(d, '17:00')],
          ] as Array<[NudgeKind, number]>
        ).filter(([kind, t]) => !(skip.includes(kind) && t > at(d, '16:49')));
      const expected: Array<[NudgeKind, number]> = [
        ...day(0),
        ...day(1),
        ...day(2, ['off-hours-work']),
        ...day(3),
        ['cap-warning', at(3, '13:00')],
        ['cap-reached', at(3, '16:30')],
        ['fitness-gap', at(3, '17:00')],
        ['family-gap', at(3, '17:00')],
        ['off-hours-work', at(3, '21:00')],
        ...day(4, ['wrap-up', 'off-hours-work']),
        ['off-hours-work', at(5, '10:00')],
        ['weekend-work', at(5, '10:00')],
      ];
      const log = shown.map(say).join('\n');
      for (const [kind, instant] of expected) {
        // At its instant, or held by the spacing after another nudge: within the 15 minutes after it.
        const near = shown.filter((n) => n.kind === kind && n.at >= instant && n.at <= instant + 15 * MINUTE + 60_000);
        expect(near.length, `${say({ kind, at: instant })}: expected exactly one, shown:\n${log}`).toBe(1);
      }
      expect(shown.length, `shown:\n${log}`).toBe(29);
      expect(countByKind(shown)).toEqual({
        'window-ending': 5,
        'off-hours-work': 10,
        'daily-cap-reached': 5,
        'wrap-up': 4,
        'cap-warning': 1,
        'cap-reached': 1,
        'fitness-gap': 1,
        'family-gap': 1,
        'weekend-work': 1,
      });

      const stored: Settings = settings;
      expect(shown.filter((n) => quietHoursAt(n.at, stored) !== null)).toEqual([]);
      const wednesdaySnooze = { from: at(2, '08:30'), until: at(3, '00:00') };
      expect(shown.filter((n) => n.kind === 'off-hours-work' && n.at > wednesdaySnooze.from && n.at < wednesdaySnooze.until)).toEqual([]);
      for (const kind of NUDGE_KINDS) {
        const times = shown.filter((n) => n.kind === kind).map((n) => n.at);
        for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!, `${kind} inside the cool-down`).toBeGreaterThanOrEqual(stored.nudges.cooldownMinutes * MINUTE);
      }

      // Every nudge pushed is recorded, with what the person chose, and went to the notifier once; no two closer than
      // the spacing (15 minutes), however many boundaries met at once.
      const pushed = pushedOf(host);
      const own = shown.filter((r) => r.choice !== 'folded');
      expect(pushed.map((n) => n.id)).toEqual(own.map((r) => r.id));
      expect(notified).toEqual(own.map((r) => r.id));
      for (let i = 1; i < pushed.length; i++) expect(pushed[i]!.at - pushed[i - 1]!.at, `${say(pushed[i]!)} within the spacing`).toBeGreaterThanOrEqual(stored.nudges.cooldownMinutes * MINUTE);
      expect(own.filter((r) => r.choice).map((r) => `${say(r)}: ${r.choice}`)).toEqual(['Wed 08:30 off-hours-work: snooze-day', 'Fri 16:50 window-ending: stop']);
      // Friday's stop came from the nudge, at its instant.
      expect(host.app.store.getEntries().find((e) => e.start === at(4, '08:30'))?.end).toBe(at(4, '16:50'));
      // One timer at a time, the whole week through.
      expect(host.timers.peak).toBe(1);
    },
  );
});
