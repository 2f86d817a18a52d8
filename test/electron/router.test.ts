import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, MAX_RANGE_WEEKS, type ChannelName } from '../../shared/contract';
import { collectHandlers, createRouter, reportToConsole } from '../../electron/router';
import { AppError } from '../../shared/result';
import { folderFingerprint, makeTestHost, type TestHost } from '../support/testHost';

// Payloads every channel must refuse, plus bad payloads that look almost right for each channel.
const GENERIC_BAD: unknown[] = [null, 42, 'text', [], { __unknown: true }];
/** Passes the entry schema, so a payload of many is refused for its count alone. */
const WELL_FORMED_ENTRY = { id: 'e', categoryId: 'work', start: 1, end: 2, note: '', tags: [], source: 'manual' };
const CHANNEL_BAD: Record<ChannelName, unknown[]> = {
  'app.snapshot': [{ x: 1 }],
  'app.reveal': [{ path: '/etc' }],
  'timer.start': [{}, { categoryId: '' }, { categoryId: 'work', note: 5 }, { categoryId: 'work', reason: '   ' }],
  'timer.stop': [{ now: 1 }],
  'entries.list': [{}, { from: 'monday', to: 1 }, { from: -1, to: 5 }],
  'entries.add': [{}, { categoryId: 'work', start: 'yesterday', end: 1 }, { categoryId: 'work', start: 1.5, end: 2 }, { categoryId: 'work', start: 1, end: 2, tags: 'a,b' }],
  'entries.update': [{}, { id: '' }, { id: 'x', start: null }],
  'entries.delete': [{}, { id: 7 }],
  'entries.restore': [{}, { entry: { id: 'x' } }, { entries: [] }, { entries: [{ id: 'x' }] }, { entries: Array.from({ length: 1001 }, (_, i) => ({ ...WELL_FORMED_ENTRY, id: `e${i}` })) }],
  'entries.setDayMinutes': [
    {},
    { date: '2026-03-25', categoryId: 'work' },
    { date: '2026-02-30', categoryId: 'work', minutes: 60 },
    { date: '25.03.2026', categoryId: 'work', minutes: 60 },
    { date: '2026-03-25', categoryId: 'work', minutes: -30 },
    { date: '2026-03-25', categoryId: 'work', minutes: 1.5 },
    { date: '2026-03-25', categoryId: 'work', minutes: 26 * 60 },
    { date: '2026-03-25', categoryId: '', minutes: 60 },
    { date: '2026-03-25', categoryId: 'work', minutes: 60, reason: '  ' },
    { date: '2026-03-25', category: 'Work', minutes: 60 },
  ],
  'categories.list': [{ all: true }],
  'categories.add': [{}, { name: '', area: 'work' }, { name: 'Climbing', area: 'play' }, { name: 'Climbing', area: 'fitness', color: 'red' }],
  'categories.update': [{}, { id: 'work', area: 'leisure' }, { id: 'work', archived: 'yes' }],
  'settings.get': [{ key: 'x' }],
  'settings.update': [{ weeklyCapMinutes: -1 }, { weeklyCapMinutes: 'lots' }, { timeZone: 5 }, { lockMode: 'maybe' }, { workWindows: [[]] }, { weekStartsOn: 3 }, { quietHours: { start: '25:00', end: '07:00' } }, { bogus: 1 }],
  'boundaries.set': [{}, { values: {} }, { values: { weeklyCapMinutes: -1 } }, { values: { workWindows: [[]] } }, { values: { weeklyCapMinutes: 60 }, from: '' }, { values: { bogus: 1 } }],
  'boundaries.removeStep': [{}, { week: '' }, { week: 41 }],
  'boundaries.history': [{ week: '2026-W41' }],
  'boundaries.inForce': [{ week: 41 }, { week: '' }, { at: 1 }],
  'daysOff.add': [{}, { from: '2026-02-30' }, { from: '2026-12-24', kind: 'party' }, { from: '2026-12-24', to: '2026-12-23' }, { from: '24.12.2026' }],
  'daysOff.list': [{ from: 'yesterday' }, { to: 5 }],
  'daysOff.remove': [{}, { date: '2026-13-01' }],
  'summary.week': [{ at: -5 }, { at: 'now' }],
  'summary.range': [{}, { weeks: 0 }, { weeks: MAX_RANGE_WEEKS + 1 }, { weeks: 2.5 }],
  'locks.check': [{}, { action: 'fly', categoryId: 'work' }],
  'nudges.next': [{ soon: true }],
  'nudges.log': [{}, { from: 1 }],
  'nudges.act': [{}, { id: 'n1' }, { id: 'n1', action: 'snooze-5' }, { id: '', action: 'stop' }],
  'locks.unlock': [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }, { reason: 'deadline', minutes: 0 }, { reason: 'deadline', minutes: 2000 }, { reason: 'deadline', lifts: [] }, { reason: 'deadline', lifts: ['everything'] }],
  'locks.endUnlock': [{}, { id: '' }, { id: 'u1', extra: true }],
  'locks.unlocks': [{ all: true }],
  'idle.pending': [{ at: 1 }],
  'idle.resolve': [{}, { choice: 'maybe' }, { choice: 'move' }, { choice: 'keep', categoryId: '' }],
  'checkins.list': [{ weeks: 12 }],
  'checkins.save': [{}, { week: '2026-W13', energy: 0, mood: 3 }, { week: '2026-W13', energy: 3, mood: 6 }, { week: '2026-W13', energy: 2.5, mood: 3 }, { week: '', energy: 3, mood: 3 }, { week: '2026-W13', energy: 3, mood: 3, note: 7 }],
  'import.preview': [{}, { text: 5 }, { text: 'a', format: 'excel' }, { text: 'a', timeZone: 'Mars/Olympus' }, { text: 'a', map: { Climbing: '' } }, { text: 'a', reason: '  ' }],
  'import.apply': [{}, { text: 'a', skipInvalid: 'yes' }, { text: 'a', extra: 1 }],
  'export.data': [{}, { format: 'xlsx' }, { format: 'csv', from: '2026-02-30' }, { format: 'csv', from: '2026-12-01', to: '2026-11-01' }],
  'backup.create': [{ now: 1 }],
  'backup.list': [{ all: true }],
  'backup.restore': [{}, { id: '../settings' }, { id: 'timelock-2026-11-26/../../x' }],
  'backup.restoreFile': [{}, { path: '' }, { path: 7 }],
  'plan.week': [{ at: -1 }, { week: '' }, { week: 13 }, { at: 1, week: '2026-W13' }],
  'plan.add': [
    {},
    { categoryId: 'work', start: 2, end: 1 },
    { categoryId: 'work', start: 0, end: 25 * 3_600_000 },
    { categoryId: 'work', start: 1, end: 2, repeat: [] },
    { categoryId: 'work', start: 1, end: 2, repeat: [7] },
    { categoryId: 'work', start: 1, end: 2, repeat: [1, 1] },
    { categoryId: 'work', start: 1, end: 2, until: '2026-05-01' },
    { categoryId: 'work', start: 1, end: 2, repeat: [1], until: '2026-02-30' },
    { categoryId: 'work', start: 1, end: 2, title: '  ' },
    { categoryId: 'work', start: 1, end: 2, reason: ' ' },
  ],
  'plan.update': [
    {},
    { id: 'b', scope: 'series' },
    { id: 'b', scope: 'all', patch: { title: 'x' } },
    { id: 'b', scope: 'series', patch: {} },
    { id: 'b', scope: 'series', patch: { start: 5, end: 4 } },
    { id: 'b', scope: 'occurrence', occurrenceDate: '2026-13-01', patch: { title: 'x' } },
    { id: 'b', scope: 'series', patch: { colour: 'red' } },
  ],
  'plan.remove': [{}, { id: '' }, { id: 'b', occurrenceDate: 'tomorrow' }],
  'plan.restore': [{}, { box: { kind: 'once', id: 'b', categoryId: 'work', start: 2, end: 1 } }, { box: { kind: 'weekly', id: 's' } }],
  'plan.copyWeek': [{}, { fromWeekAt: 1 }, { fromWeekAt: 'last week', toWeekAt: 1 }],
  'plan.exportIcs': [{ from: '2026-02-30' }, { from: '2026-12-01', to: '2026-11-01' }, { format: 'ics' }],
  'plan.importIcs': [{}, { text: 'BEGIN:VCALENDAR' }, { text: 5, categoryId: 'work' }, { text: '', categoryId: 'work', from: 'soon' }, { text: '', categoryId: 'work', reason: '' }],
  'sync.setup': [{}, { folder: '' }, { folder: 7 }, { folder: '/tmp/sync', deviceName: '   ' }, { folder: '/tmp/sync', deviceName: 'x'.repeat(81) }, { folder: '/tmp/sync', device: 'Laptop' }],
  'sync.off': [{ folder: '/tmp/sync' }],
  'sync.now': [{ force: true }],
  'sync.status': [{ json: true }],
  'sync.conflicts': [{ all: true }],
  'sync.resolve': [{}, { id: 'c1' }, { id: 'c1', keep: 'mine' }, { id: '', keep: 'this' }, { keep: 'both' }, { id: 'c1', keep: 'this', reason: 'x' }],
  'sync.otherTimers': [{ all: true }],
  'sync.chooseFolder': [{ folder: '/tmp/sync' }],
  'sync.stopOtherTimer': [{}, { device: '' }, { device: 7 }, { device: 'd1', stop: true }],
};

describe('router', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('has bad-payload examples for every channel of the contract', () => {
    expect(Object.keys(CHANNEL_BAD).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it(`refuses a bad payload on every channel (${CHANNEL_NAMES.length} channels) with bad-request and writes nothing`, async () => {
    host = makeTestHost();
    await host.call('timer.start', { categoryId: 'work' });
    await host.app.store.flush();
    const before = folderFingerprint(host.dataDir);
    const stateBefore = JSON.stringify([host.app.store.getSettings(), host.app.store.getCategories(), host.app.store.getTimer(), host.app.store.getEntries()]);
    let refused = 0;
    for (const channel of CHANNEL_NAMES) {
      for (const payload of [...GENERIC_BAD, ...CHANNEL_BAD[channel]]) {
        const result = await host.app.router.call(channel, payload);
        expect(result.ok, `${channel} accepted ${JSON.stringify(payload)}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code, `${channel} ${JSON.stringify(payload)}`).toBe('bad-request');
          expect(result.error.issues?.length).toBeGreaterThan(0);
          expect(result.error.message).toMatch(new RegExp(channel.replace('.', '\\.')));
        }
        refused++;
      }
    }
    await host.app.store.flush();
    expect(refused).toBeGreaterThan(CHANNEL_NAMES.length * GENERIC_BAD.length);
    expect(folderFingerprint(host.dataDir)).toBe(before);
    expect(JSON.stringify([host.app.store.getSettings(), host.app.store.getCategories(), host.app.store.getTimer(), host.app.store.getEntries()])).toBe(stateBefore);
  });

  it('answers unknown-channel for a channel the contract does not name', async () => {
    host = makeTestHost();
    const result = await host.app.router.call('timer.explode', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const proto = await host.app.router.call('__proto__', {});
    expect(proto).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses to build when a channel has no handler or a handler names no channel', () => {
    expect(() => collectHandlers([{ 'settings.get': () => { throw new Error('unused'); } }])).toThrow(/No handler for channel/);
    const all = makeTestHost();
    try {
      const full = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, () => null]));
      expect(() => collectHandlers([full, { 'timer.fly': () => null } as never])).toThrow(/does not name/);
      expect(() => collectHandlers([full, { 'timer.stop': () => null }])).toThrow(/Two handlers/);
    } finally {
      all.cleanup();
    }
  });

  it('turns a thrown AppError into its envelope and any other throw or bad response into internal', async () => {
    const base = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, () => null])) as never as Parameters<typeof createRouter>[0];
    const errors: string[] = [];
    const router = createRouter(
      {
        ...base,
        'settings.get': () => { throw new AppError('storage', 'disk full'); },
        'categories.list': () => { throw new TypeError('oops'); },
        'timer.stop': () => ({ not: 'an entry' }) as never,
      },
      { onInternalError: (channel) => errors.push(channel) },
    );
    expect(await router.call('settings.get', {})).toEqual({ ok: false, error: { code: 'storage', message: 'disk full' } });
    expect(await router.call('categories.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await router.call('timer.stop', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(errors).toEqual(['categories.list', 'timer.stop']);
  });
  it('reports an internal AppError (a bug found by a check) like any throw, and answers the caller internal in plain words', async () => {
    const base = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, () => null])) as never as Parameters<typeof createRouter>[0];
    const reported: Array<[string, unknown]> = [];
    const thrown = new AppError('internal', 'Timelock refused to store entry e-1: start: Expected number, received string');
    const router = createRouter({ ...base, 'entries.add': () => { throw thrown; } }, { onInternalError: (channel, error) => reported.push([channel, error]) });
    const answer = await router.call('entries.add', { categoryId: 'work', start: 1, end: 2 });
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in entries.add. This is a bug; the change was not saved.' } });
    expect(reported).toEqual([['entries.add', thrown]]);
  });

  it('without a reporter, a bug goes to the terminal with its channel and stack', async () => {
    const base = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, () => null])) as never as Parameters<typeof createRouter>[0];
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const router = createRouter({ ...base, 'categories.list': () => { throw new TypeError('oops'); } });
      expect(await router.call('categories.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(printed).toHaveBeenCalledTimes(1);
      const line = String(printed.mock.calls[0]![0]);
      expect(line).toMatch(/^\[timelock\] categories\.list failed: TypeError: oops\n\s+at /);
      reportToConsole('timer.stop', 'not an Error');
      expect(printed.mock.calls[1]![0]).toBe('[timelock] timer.stop failed: not an Error');
    } finally {
      printed.mockRestore();
    }
  });
});
