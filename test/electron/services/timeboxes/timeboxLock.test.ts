import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint, makeTestHost, type TestHost } from '../../../support/testHost';
import { at, refusal } from '../timeboxFixtures';

// Work windows are the defaults, Mon–Fri 09:00–17:00; Saturday 28 Nov 2026 has none.
const saturdayWork = { categoryId: 'work', start: at('2026-11-28', '10:00'), end: at('2026-11-28', '12:00') };

async function unchanged(host: TestHost, act: () => Promise<void>): Promise<void> {
  await host.app.store.flush();
  const before = folderFingerprint(host.dataDir);
  const boxes = JSON.stringify(host.app.store.getTimeboxes());
  await act();
  await host.app.store.flush();
  expect(folderFingerprint(host.dataDir)).toBe(before);
  expect(JSON.stringify(host.app.store.getTimeboxes())).toBe(boxes);
}

describe('the lock on plans', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('hard: work planned outside the work windows is refused with the reason, and nothing is written', async () => {
    host = makeTestHost();
    const inside = await host.call('plan.add', { categoryId: 'work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00') });
    await host.call('settings.update', { lockMode: 'hard' });
    await unchanged(host, async () => {
      const error = await refusal(host, 'plan.add', saturdayWork);
      expect(error.code).toBe('locked');
      expect(error.message).toMatch(/^Work on Sat 28 Nov plans 2 h of work outside your work windows\. The hard lock/);
      // A series reaching a Saturday is refused the same way, and a reason does not pass the hard lock.
      expect((await refusal(host, 'plan.add', { ...saturdayWork, start: at('2026-11-26', '16:00'), end: at('2026-11-26', '18:00'), repeat: [4, 6], reason: 'launch' })).code).toBe('locked');
      // Moving a box that is inside the windows out of them is refused too.
      expect((await refusal(host, 'plan.update', { id: inside.id, scope: 'series', patch: { end: at('2026-11-25', '18:00') } })).code).toBe('locked');
    });
    // Fitness and family are never locked; an edit that moves nothing is not judged.
    await host.call('plan.add', { ...saturdayWork, categoryId: 'fitness' });
    await host.call('plan.update', { id: inside.id, scope: 'series', patch: { title: 'Deep work' } });
  });

  it('hard: a series given a weekday outside the windows, or a one-off made to repeat there, is refused and writes nothing', async () => {
    host = makeTestHost();
    const once = await host.call('plan.add', { categoryId: 'work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00') });
    const series = await host.call('plan.add', { categoryId: 'work', start: at('2026-11-23', '13:00'), end: at('2026-11-23', '14:00'), repeat: [1, 3], until: '2026-12-31' });
    await host.call('settings.update', { lockMode: 'hard' });
    await unchanged(host, async () => {
      expect((await refusal(host, 'plan.update', { id: once.id, scope: 'occurrence', patch: { repeat: { weekdays: [3, 6] } } })).code).toBe('locked');
      expect((await refusal(host, 'plan.update', { id: series.id, scope: 'series', patch: { weekdays: [1, 3, 6] } })).code).toBe('locked');
      expect((await refusal(host, 'plan.update', { id: series.id, scope: 'following', occurrenceDate: '2026-12-02', patch: { weekdays: [0] } })).code).toBe('locked');
    });
    // Inside the windows, or fewer days and an earlier end, pass.
    expect((await host.call('plan.update', { id: once.id, scope: 'occurrence', patch: { repeat: { weekdays: [3, 5] } } })).boxes[0]).toMatchObject({ kind: 'weekly', id: once.id });
    expect((await host.call('plan.update', { id: series.id, scope: 'series', patch: { weekdays: [1], until: '2026-12-14' } })).boxes[0]).toMatchObject({ weekdays: [1], until: '2026-12-14' });
  });

  it('hard: copying a week whose work lies outside the windows is refused whole', async () => {
    host = makeTestHost();
    await host.call('plan.add', saturdayWork);
    await host.call('plan.add', { categoryId: 'family', start: at('2026-11-28', '15:00'), end: at('2026-11-28', '18:00') });
    await host.call('settings.update', { lockMode: 'hard' });
    await unchanged(host, async () => {
      expect((await refusal(host, 'plan.copyWeek', { fromWeekAt: at('2026-11-24', '12:00'), toWeekAt: at('2026-12-01', '12:00') })).code).toBe('locked');
    });
  });

  it('soft: outside the windows needs a reason, which is then kept with the box; a retitle later asks for none', async () => {
    host = makeTestHost();
    await host.call('settings.update', { lockMode: 'soft' });
    await unchanged(host, async () => {
      const error = await refusal(host, 'plan.add', saturdayWork);
      expect(error).toMatchObject({ code: 'needs-reason', message: expect.stringMatching(/outside your work windows\. Type a reason/) });
    });
    const box = await host.call('plan.add', { ...saturdayWork, reason: 'release weekend' });
    expect(box).toMatchObject({ overrideReason: 'release weekend' });
    await host.call('plan.update', { id: box.id, scope: 'series', patch: { title: 'Release' } });
    await unchanged(host, async () => {
      expect((await refusal(host, 'plan.update', { id: box.id, scope: 'series', patch: { end: at('2026-11-28', '13:00') } })).code).toBe('needs-reason');
    });
    const moved = await host.call('plan.update', { id: box.id, scope: 'series', patch: { end: at('2026-11-28', '13:00') }, reason: 'one more hour' });
    expect(moved.boxes[0]).toMatchObject({ title: 'Release', overrideReason: 'one more hour' });
  });

  it('off: nothing is judged', async () => {
    host = makeTestHost();
    expect(await host.call('plan.add', saturdayWork)).not.toHaveProperty('overrideReason');
  });

  it('hard: a series is judged by its weekly times, not by a first week whose day outside the windows is cancelled', async () => {
    host = makeTestHost();
    await host.call('settings.update', { lockMode: 'hard' });
    // Every Monday 22:00–23:00 from 30 Nov, the first Monday cancelled: every later Monday is still late work.
    const late = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other//EN', 'BEGIN:VEVENT', 'UID:late@example.com', 'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=Europe/Berlin:20261130T220000', 'DTEND;TZID=Europe/Berlin:20261130T230000', 'RRULE:FREQ=WEEKLY;BYDAY=MO',
      'EXDATE;TZID=Europe/Berlin:20261130T220000', 'SUMMARY:Late work', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    await unchanged(host, async () => {
      const refused = await refusal(host, 'plan.importIcs', { text: late, categoryId: 'work' });
      expect(refused.code).toBe('locked');
      // Named by a Monday it does plan: the first is cancelled.
      expect(refused.message).toMatch(/^“Late work” on Mon 7 Dec plans 1 h of work outside your work windows/);
    });
  });

  it('hard: a refused series is named by a day it plans at its weekly times, past a cancelled day and a day moved into the windows', async () => {
    host = makeTestHost();
    await host.call('settings.update', { lockMode: 'hard' });
    const line = (...fields: string[]) => fields;
    const late = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other//EN',
      ...line('BEGIN:VEVENT', 'UID:late@example.com', 'DTSTAMP:20261101T000000Z', 'DTSTART;TZID=Europe/Berlin:20261130T220000', 'DTEND;TZID=Europe/Berlin:20261130T230000'),
      ...line('RRULE:FREQ=WEEKLY;BYDAY=MO', 'EXDATE;TZID=Europe/Berlin:20261130T220000', 'SUMMARY:Late work', 'END:VEVENT'),
      // Monday 7 Dec moved to 10:00, inside the windows.
      ...line('BEGIN:VEVENT', 'UID:late@example.com', 'DTSTAMP:20261101T000000Z', 'RECURRENCE-ID;TZID=Europe/Berlin:20261207T220000'),
      ...line('DTSTART;TZID=Europe/Berlin:20261207T100000', 'DTEND;TZID=Europe/Berlin:20261207T110000', 'SUMMARY:Late work', 'END:VEVENT'),
      'END:VCALENDAR', '',
    ].join('\r\n');
    const refused = await refusal(host, 'plan.importIcs', { text: late, categoryId: 'work' });
    expect(refused.message).toMatch(/^“Late work” on Mon 14 Dec plans 1 h of work outside your work windows/);
  });

  it('hard: a series reaching a later step of the work windows is judged by those windows too', async () => {
    host = makeTestHost();
    await host.call('settings.update', { lockMode: 'hard' });
    // From 2026-W50 the windows are mornings only: a Wednesday 14:00 series from now reaches outside them there.
    const mornings = [[], [{ start: '09:00', end: '12:00' }], [{ start: '09:00', end: '12:00' }], [{ start: '09:00', end: '12:00' }], [{ start: '09:00', end: '12:00' }], [{ start: '09:00', end: '12:00' }], []];
    await host.call('boundaries.set', { values: { workWindows: mornings }, from: '2026-W50' });
    const afternoon = { categoryId: 'work', start: at('2026-11-25', '14:00'), end: at('2026-11-25', '15:00'), repeat: [3] };
    await unchanged(host, async () => {
      expect((await refusal(host, 'plan.add', afternoon)).code).toBe('locked');
    });
    // Ending before that week, it is inside the windows all along.
    expect(await host.call('plan.add', { ...afternoon, until: '2026-12-02' })).toMatchObject({ kind: 'weekly', until: '2026-12-02' });
  });
});
