// Undo of a delete puts every deleted entry back in one change: when one of them no longer fits, none comes back,
// in memory or in the data folder.
import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint, makeTestHost, type TestHost } from '../../support/testHost';
import { at } from './importFixtures';

let host: TestHost | undefined;
afterEach(() => host?.cleanup());

const add = (h: TestHost, from: string, to: string, note = '') => h.call('entries.add', { categoryId: 'work', start: at(from), end: at(to), note });

describe('entries.restore (undo of a delete)', () => {
  it('puts several deleted entries back as they were, in one request, across months', async () => {
    host = makeTestHost();
    const deleted = [
      await add(host, '2026-10-30T09:00:00+01:00', '2026-10-30T10:00:00+01:00', 'October'),
      await add(host, '2026-11-23T09:00:00+01:00', '2026-11-23T11:00:00+01:00', 'report'),
      await add(host, '2026-11-23T14:00:00+01:00', '2026-11-23T15:00:00+01:00'),
    ];
    for (const entry of deleted) await host.call('entries.delete', { id: entry.id });
    expect(host.app.store.getEntries()).toEqual([]);

    const restored = await host.call('entries.restore', { entries: deleted });

    expect(restored).toEqual(deleted);
    expect(host.app.store.getEntries()).toEqual(deleted);
    expect(host.reopen().app.store.getEntries()).toEqual(deleted);
  });

  it('restores none when one of them would overlap an entry logged since the delete, and says which', async () => {
    host = makeTestHost();
    const deleted = [
      await add(host, '2026-10-30T09:00:00+01:00', '2026-10-30T10:00:00+01:00'),
      await add(host, '2026-11-23T09:00:00+01:00', '2026-11-23T11:00:00+01:00'),
      await add(host, '2026-11-23T14:00:00+01:00', '2026-11-23T15:00:00+01:00'),
    ];
    for (const entry of deleted) await host.call('entries.delete', { id: entry.id });
    const since = await add(host, '2026-11-23T10:30:00+01:00', '2026-11-23T12:00:00+01:00', 'logged meanwhile');
    const files = folderFingerprint(host.dataDir);

    const result = await host.app.router.call('entries.restore', { entries: deleted });

    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(host.app.store.getEntries()).toEqual([since]);
    expect(folderFingerprint(host.dataDir)).toBe(files);
  });

  it('restores none when the entries given overlap each other or repeat an id', async () => {
    host = makeTestHost();
    const a = await add(host, '2026-11-23T09:00:00+01:00', '2026-11-23T11:00:00+01:00');
    await host.call('entries.delete', { id: a.id });
    const clash = { ...a, id: 'other', start: at('2026-11-23T10:00:00+01:00') };

    expect(await host.app.router.call('entries.restore', { entries: [a, clash] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await host.app.router.call('entries.restore', { entries: [a, a] })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(host.app.store.getEntries()).toEqual([]);
  });
});
