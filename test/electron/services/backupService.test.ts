import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint, makeTestHost, type TestHost } from '../../support/testHost';
import { AppError } from '../../../shared/result';
import { createFakeStore } from '../hosts/fakeStore';
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

  it('fifteen backup.create in a day keep the day\'s daily: manual backups rotate among themselves, newest 10', async () => {
    host = makeTestHost();
    host.app.services.backups.ensureDaily(host.clock.now());
    for (let n = 0; n < 15; n++) {
      host.clock.advance(60_000);
      await host.call('backup.create', {});
    }
    const ids = (await host.call('backup.list', {})).map((b) => b.id);
    expect(ids).toContain('timelock-2026-11-24');
    expect(ids.filter((id) => id !== 'timelock-2026-11-24')).toEqual(
      Array.from({ length: 10 }, (_, i) => `timelock-2026-11-24-10${String(15 - i).padStart(2, '0')}00`),
    );
  });

  it('a manual backup made first does not stand in for the day\'s daily', async () => {
    host = makeTestHost();
    await host.call('backup.create', {});
    expect(host.app.services.backups.ensureDaily(host.clock.now())).toMatchObject({ id: 'timelock-2026-11-24', kind: 'daily' });
  });

  it('a backups folder from before keeps its kinds by name: dailies, manual (with -N) and before-restore are each counted apart', async () => {
    host = makeTestHost();
    const made = await host.call('backup.create', {});
    const text = fs.readFileSync(made.path, 'utf8');
    fs.rmSync(made.path);
    const dir = path.join(host.dataDir, 'backups');
    const plant = (name: string, createdAt: number) => fs.writeFileSync(path.join(dir, `${name}.json`), text.replace(/"createdAt":\s*\d+/, `"createdAt":${createdAt}`));
    const old: Array<[string, string]> = [
      ['timelock-2026-11-20', '2026-11-20T10:00:00+01:00'],
      ['timelock-2026-11-21', '2026-11-21T10:00:00+01:00'],
      ...Array.from({ length: 12 }, (_, i): [string, string] => [`timelock-2026-11-22-0900${String(i).padStart(2, '0')}${i % 2 ? '-2' : ''}`, `2026-11-22T09:00:${String(i).padStart(2, '0')}+01:00`]),
      ['timelock-2026-11-23-100000-before-restore', '2026-11-23T10:00:00+01:00'],
      ['timelock-2026-11-23-100000-before-restore-2', '2026-11-23T10:00:01+01:00'],
    ];
    for (const [name, when] of old) plant(name, at(when));
    const kinds = Object.fromEntries((await host.call('backup.list', {})).map((b) => [b.id, b.kind]));
    expect(kinds['timelock-2026-11-20']).toBe('daily');
    expect(kinds['timelock-2026-11-22-090001-2']).toBe('manual');
    expect(kinds['timelock-2026-11-23-100000-before-restore-2']).toBe('before-restore');

    host.app.services.backups.ensureDaily(host.clock.now());
    const ids = (await host.call('backup.list', {})).map((b) => b.id);
    expect(ids.filter((id) => /^timelock-\d{4}-\d{2}-\d{2}$/.test(id))).toEqual(['timelock-2026-11-24', 'timelock-2026-11-21', 'timelock-2026-11-20']);
    // Twelve old manual ones: the two oldest go, whatever the -2 in their names.
    expect(ids.filter((id) => id.startsWith('timelock-2026-11-22-'))).toHaveLength(10);
    expect(ids).not.toContain('timelock-2026-11-22-090000');
    expect(ids).not.toContain('timelock-2026-11-22-090001-2');
    expect(ids.filter((id) => id.includes('before-restore'))).toHaveLength(2);
  });

  it('a year of dailies with a manual backup every day and a restore every 30 days: dailies keep 14 days, 8 weeks, 12 months', async () => {
    // The store in memory (the subject is the backups folder, which stays on disk): a year is over 1,000 backups.
    host = makeTestHost({ storage: 'memory' }); // Tue 24 Nov 2026, 10:00 in Berlin; weeks start on Monday
    const backups = host.app.services.backups;
    const dailies = async () => (await host.call('backup.list', {})).filter((b) => b.kind === 'daily').map((b) => b.id.slice('timelock-'.length)).sort();
    const idsOf = async (kind: string) => (await host.call('backup.list', {})).filter((b) => b.kind === kind).map((b) => b.id);
    const simulateDays = async (from: number, to: number) => {
      for (let day = from; day < to; day++) {
        backups.ensureDaily(host.clock.now());
        host.clock.advance(3_600_000);
        const manual = await host.call('backup.create', {});
        host.clock.advance(5_400_000);
        if ((day + 1) % 30 === 0) await host.call('backup.restore', { id: manual.id });
        host.clock.advance(DAY - 9_000_000);
      }
    };

    await simulateDays(0, 20); // to Sun 13 Dec 2026
    expect(await dailies()).toEqual(['2026-11-29', ...Array.from({ length: 14 }, (_, i) => `2026-${i < 1 ? '11-30' : `12-${String(i).padStart(2, '0')}`}`)]);
    expect(await idsOf('manual')).toHaveLength(10);
    expect(await idsOf('before-restore')).toEqual([]);

    await simulateDays(20, 365); // to Tue 23 Nov 2027
    expect(await dailies()).toEqual([
      // one a month for 12 months (the newest of each)
      '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31', '2027-08-31', '2027-09-30',
      // one a week for 8 weeks (the newest of each, Sunday), October's last day among them
      '2027-10-10', '2027-10-17', '2027-10-24', '2027-10-31', '2027-11-07',
      // the last 14 days
      ...Array.from({ length: 14 }, (_, i) => `2027-11-${String(10 + i).padStart(2, '0')}`),
    ]);
    expect(await idsOf('manual')).toEqual(Array.from({ length: 10 }, (_, i) => `timelock-2027-11-${23 - i}-110000`));
    // Restores on every 30th day; the newest 10 of the 12 stay (12:30 in winter, 13:30 in summer time).
    expect(await idsOf('before-restore')).toEqual([
      '2027-11-18-123000', '2027-10-19-133000', '2027-09-19-133000', '2027-08-20-133000', '2027-07-21-133000',
      '2027-06-21-133000', '2027-05-22-133000', '2027-04-22-133000', '2027-03-23-123000', '2027-02-21-123000',
    ].map((t) => `timelock-${t}-before-restore`));
    expect(fs.readdirSync(path.join(host.dataDir, 'backups'))).toHaveLength(29 + 10 + 10);
  }, 60_000); // over 1,000 backups written and fsynced

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

  it('a restore says the settings it replaced besides entries and categories: the time zone, the settings history, the days off', async () => {
    host = makeTestHost();
    await seed(host);
    const backup = await host.call('backup.create', {});
    const unchanged = await host.call('backup.restore', { id: backup.id });
    expect(unchanged).toMatchObject({ settings: 'The settings stay as they were: the time zone, the settings history and the days off are unchanged.', kept: [] });

    await host.call('settings.update', { timeZone: 'America/New_York', lockMode: 'soft' });
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: '2026-W47' });
    await host.call('boundaries.set', { values: { weeklyCapMinutes: 28 * 60 }, from: '2026-W49' });
    await host.call('daysOff.add', { from: '2026-11-20', kind: 'sick' });
    const result = await host.call('backup.restore', { id: backup.id });
    expect(result.settings).toBe(
      'Its settings replaced the ones here: the time zone, Europe/Berlin (was America/New York): every week, past ones too, is read in it; ' +
        'the settings history (caps, work windows and targets from a week on): 1 step, where there were 2; the days off: 0, where there were 1; and Lock mode.',
    );
    // Without sync nothing is another computer's: the backup comes back whole.
    expect(result.kept).toEqual([]);
    expect(host.app.store.getSettings()).toMatchObject({ timeZone: 'Europe/Berlin', daysOff: [] });
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

  it('a restore the disk refuses changes nothing: it is one change to the store, all of it or none', async () => {
    // A folder of its own: the fake store's default folder is shared by every test and run, and the backups other runs
    // left there (with the same fake-clock names) pushed this test's backup out by the retention count.
    const memory = createFakeStore({ timeZone: 'Europe/Berlin', dataDir: tempDir() });
    let replaceCalls = 0;
    host = makeTestHost({
      storage: 'memory',
      memory: {
        ...memory,
        replaceAll: () => {
          replaceCalls++;
          throw new AppError('storage', 'Timelock could not save data-journal.json: no space left on device.');
        },
      },
    });
    await seed(host);
    const backup = await host.call('backup.create', {});
    await host.call('settings.update', { weeklyCapMinutes: 20 * 60 });
    await host.call('entries.add', { categoryId: 'work', start: at('2026-11-24T09:00:00+01:00'), end: at('2026-11-24T09:30:00+01:00') });
    const before = wholeData(host);

    const error = await refused(host, 'backup.restore', { id: backup.id });

    expect(replaceCalls).toBe(1);
    expect(error).toMatchObject({ code: 'storage', message: expect.stringMatching(/did not happen: .*no space left.* Your data is unchanged/) });
    expect(wholeData(host)).toEqual(before);
  });

  it('a backup that cannot be written does not stop the app: ensureDaily says so in a notice', async () => {
    host = makeTestHost();
    fs.writeFileSync(path.join(host.dataDir, 'backups'), 'a file where the folder should be');
    expect(host.app.services.backups.ensureDaily(host.clock.now())).toBeNull();
    expect(host.events).toContainEqual({ name: 'notice', payload: { level: 'warning', message: expect.stringMatching(/^Today's backup could not be made: /) } });
  });
});
