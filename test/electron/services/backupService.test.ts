import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint, makeTestHost, type TestHost } from '../../support/testHost';
import { at, refused } from './importFixtures';

const DAY = 86_400_000;

/** Everything a restore replaces, as one comparable value. */
function wholeData(host: TestHost) {
  const store = host.app.store;
  return {
    settings: store.getSettings(),
    categories: store.getCategories(),
    entries: [...store.getEntries()],
    nudges: store.getNudgeLog(),
    snoozes: store.getSnoozes(),
    unlocks: store.getUnlocks(),
    checkIns: store.getCheckIns(),
  };
}

async function seed(host: TestHost): Promise<void> {
  const climbing = await host.call('categories.add', { name: 'Climbing', area: 'fitness' });
  await host.call('entries.add', { categoryId: 'work', start: at('2026-11-23T09:00:00+01:00'), end: at('2026-11-23T12:00:00+01:00'), note: 'Report' });
  await host.call('entries.add', { categoryId: climbing.id, start: at('2026-11-23T18:00:00+01:00'), end: at('2026-11-23T19:30:00+01:00') });
  host.app.store.appendNudge({ id: 'n-1', kind: 'cap-warning', at: at('2026-11-23T16:00:00+01:00'), text: 'Nearly at your cap' });
  host.app.store.setCheckIns([{ week: '2026-W48', at: at('2026-11-23T20:00:00+01:00'), energy: 4, mood: 3, note: 'busy' }]);
}

describe('backups', () => {
  let host: TestHost;
  const temps: string[] = [];
  afterEach(() => {
    host?.cleanup();
    temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  });
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-backup-test-'));
    temps.push(dir);
    return dir;
  };

  it('backup.create writes the whole data into backups/ of the data folder, named for the local date and time, and backup.list shows it', async () => {
    host = makeTestHost();
    await seed(host);
    const info = await host.call('backup.create', {});
    expect(info).toMatchObject({ id: 'timelock-2026-11-24-100000', kind: 'manual', createdAt: host.clock.now() });
    expect(info.path).toBe(path.join(host.dataDir, 'backups', 'timelock-2026-11-24-100000.json'));
    expect(info.sizeBytes).toBe(fs.statSync(info.path).size);
    expect(fs.statSync(info.path).mode & 0o077).toBe(0);
    const data = JSON.parse(fs.readFileSync(info.path, 'utf8'));
    expect(data).toMatchObject({ format: 'timelock-data', dataVersion: 2, range: null });
    expect(data.entries).toHaveLength(2);
    expect(await host.call('backup.list', {})).toEqual([info]);
  });

  it('ensureDaily makes one backup per local day: none more that day, another the next', async () => {
    host = makeTestHost();
    const backups = host.app.services.backups;
    expect(backups.ensureDaily(host.clock.now())).toMatchObject({ id: 'timelock-2026-11-24', kind: 'daily' });
    host.clock.advance(13 * 3_600_000); // 23:00 in Berlin, still the 24th
    expect(backups.ensureDaily(host.clock.now())).toBeNull();
    host.clock.advance(3_600_000); // midnight: the 25th
    expect(backups.ensureDaily(host.clock.now())).toMatchObject({ id: 'timelock-2026-11-25' });
    expect((await host.call('backup.list', {})).map((b) => b.id)).toEqual(['timelock-2026-11-25', 'timelock-2026-11-24']);
  });

  it('only the newest 14 backups are kept', async () => {
    host = makeTestHost();
    for (let day = 0; day < 17; day++) {
      host.app.services.backups.ensureDaily(host.clock.now());
      host.clock.advance(DAY);
    }
    const list = await host.call('backup.list', {});
    expect(list).toHaveLength(14);
    expect(list[0]!.id).toBe('timelock-2026-12-10');
    expect(list[13]!.id).toBe('timelock-2026-11-27');
    expect(fs.readdirSync(path.join(host.dataDir, 'backups'))).toHaveLength(14);
  });

  it('a restore backs up the current data first, then replaces all of it and tells every window', async () => {
    host = makeTestHost();
    await seed(host);
    const backup = await host.call('backup.create', {});
    const backedUp = wholeData(host);

    host.clock.advance(DAY);
    await host.call('settings.update', { weeklyCapMinutes: 20 * 60, lockMode: 'soft' });
    await host.call('categories.add', { name: 'Reading', area: 'family' });
    await host.call('entries.add', { categoryId: 'work', start: at('2026-11-24T09:00:00+01:00'), end: at('2026-11-24T09:30:00+01:00') });
    host.app.store.setCheckIns([]);
    const changed = wholeData(host);
    host.events.length = 0;

    const result = await host.call('backup.restore', { id: backup.id });
    expect(result).toMatchObject({ restoredFrom: backup.id, entries: 2, categories: 4, safetyBackup: { kind: 'before-restore', id: 'timelock-2026-11-25-100000-before-restore' } });
    expect(wholeData(host)).toEqual(backedUp);
    expect(host.reopen().app.store.getEntries()).toEqual(backedUp.entries);
    expect(host.events).toContainEqual({ name: 'data.changed', payload: { what: ['settings', 'categories', 'entries', 'nudges', 'unlocks', 'checkins', 'timeboxes'] } });

    // The state before the restore is itself a backup, and restoring it undoes the restore.
    await host.call('backup.restore', { id: result.safetyBackup.id });
    expect(wholeData(host)).toEqual(changed);
  });

  it('a restore is refused for an unknown backup or while a timer runs, and changes nothing', async () => {
    host = makeTestHost();
    const backup = await host.call('backup.create', {});
    expect((await refused(host, 'backup.restore', { id: 'timelock-1999-01-01' })).code).toBe('not-found');
    await host.call('timer.start', { categoryId: 'work' });
    const before = folderFingerprint(host.dataDir);
    const error = await refused(host, 'backup.restore', { id: backup.id });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/timer is running/) });
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });

  it('restoreFile takes only an absolute path to a .json Timelock backup, and refuses anything else without changing a thing or quoting the file', async () => {
    host = makeTestHost();
    await seed(host);
    const dir = tempDir();
    const secret = path.join(dir, 'secret.json');
    fs.writeFileSync(secret, JSON.stringify({ password: 'hunter2' }));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    fs.mkdirSync(path.join(dir, 'folder.json'));
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"format": "timelock-data", ');
    const partial = await host.call('export.data', { format: 'json', from: '2026-11-23', to: '2026-11-23' });
    fs.writeFileSync(path.join(dir, 'partial.json'), partial.content);
    const newer = JSON.parse((await host.call('export.data', { format: 'json' })).content);
    fs.writeFileSync(path.join(dir, 'newer.json'), JSON.stringify({ ...newer, dataVersion: 99 }));
    const before = folderFingerprint(host.dataDir);

    const cases: Array<[string, string, RegExp]> = [
      ['relative/backup.json', 'bad-request', /full path/],
      [path.join(dir, 'notes.txt'), 'bad-request', /not a \.json file/],
      [path.join(dir, 'missing.json'), 'not-found', /no file/],
      [path.join(dir, 'folder.json'), 'bad-request', /not a file/],
      [path.join(dir, 'broken.json'), 'bad-request', /not valid JSON/],
      [secret, 'bad-request', /not a Timelock backup/],
      [path.join(dir, 'partial.json'), 'bad-request', /export of 2026-11-23 to 2026-11-23 only/],
      [path.join(dir, 'newer.json'), 'bad-request', /newer Timelock/],
    ];
    for (const [file, code, message] of cases) {
      const error = await refused(host, 'backup.restoreFile', { path: file });
      expect(error.code, file).toBe(code);
      expect(error.message, file).toMatch(message);
      expect(error.message).not.toMatch(/hunter2|password/);
    }
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });

  it('a JSON export restored from a file into an empty data folder gives back the whole data', async () => {
    host = makeTestHost();
    await seed(host);
    host.app.store.setSnoozes([{ until: at('2026-11-25T09:00:00+01:00'), kind: 'cap-warning' }]);
    const file = path.join(tempDir(), 'timelock-export.json');
    fs.writeFileSync(file, (await host.call('export.data', { format: 'json' })).content);
    const original = wholeData(host);

    const empty = makeTestHost({ start: host.clock.now() + DAY });
    try {
      const result = await empty.call('backup.restoreFile', { path: file });
      expect(result).toMatchObject({ restoredFrom: file, entries: 2, categories: 4, warnings: [] });
      expect(wholeData(empty)).toEqual(original);
      expect((await empty.call('backup.list', {})).map((b) => b.kind)).toEqual(['before-restore']);
    } finally {
      empty.cleanup();
    }
  });

  it('a backup that cannot be written does not stop the app: ensureDaily says so in a notice', async () => {
    host = makeTestHost();
    fs.writeFileSync(path.join(host.dataDir, 'backups'), 'a file where the folder should be');
    expect(host.app.services.backups.ensureDaily(host.clock.now())).toBeNull();
    expect(host.events).toContainEqual({ name: 'notice', payload: { level: 'warning', message: expect.stringMatching(/^Today's backup could not be made: /) } });
  });
});
