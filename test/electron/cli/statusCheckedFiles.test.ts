// `timelock status` answered from checked-files.json (electron/storage/checkedFiles.ts): it reads only the files its
// figures need, and must give exactly what opening the folder the full way gives, whatever another process did to
// the files since they were checked. The full open is counted, so a test knows which way each answer came.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_PREFIX } from '../../../electron/cli';
import { createTimelock } from '../../../electron/app';
import { CHECKED_FILES } from '../../../electron/storage/checkedFiles';
import type * as OpenDataStoreModule from '../../../electron/storage/openDataStore';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { cliFolder, type CliFolder } from './cliHarness';

const fullOpens = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../electron/storage/openDataStore', async (original) => {
  const actual = await original<typeof OpenDataStoreModule>();
  return {
    ...actual,
    openDataStore: (...args: Parameters<typeof actual.openDataStore>) => {
      fullOpens.count++;
      return actual.openDataStore(...args);
    },
  };
});

let folder: CliFolder;
beforeEach(() => {
  fullOpens.count = 0;
});
afterEach(() => folder.cleanup());

const shard = (month: string) => path.join(folder.dataDir, `entries-${month}.json`);
type ShardFile = { dataVersion: number; entries: Array<{ id: string; start: number; end: number }> };
const editShard = (month: string, edit: (doc: ShardFile) => void) => {
  const doc = JSON.parse(fs.readFileSync(shard(month), 'utf8')) as ShardFile;
  edit(doc);
  fs.writeFileSync(shard(month), JSON.stringify(doc));
};

/** Status as the full open answers it, index or not: the oracle each checked answer is held to. */
async function fullStatus(): Promise<string> {
  fs.rmSync(path.join(folder.dataDir, CHECKED_FILES), { force: true });
  const before = fullOpens.count;
  const run = await folder.run('status', '--json');
  expect(fullOpens.count).toBe(before + 1);
  return run.stdout;
}

/** A week with logged work (Monday 30 March), an entry in June 2025, and a running timer, on Wed 1 Apr 2026. */
async function weekWithWork(): Promise<void> {
  folder = cliFolder();
  for (const [start, end] of [
    ['2025-06-10T09:00', '2025-06-10T11:00'],
    ['2026-03-30T09:00', '2026-03-30T12:00'],
  ]) {
    expect((await folder.run('log', 'Work', '--start', start!, '--end', end!)).code).toBe(0);
  }
  expect((await folder.run('start', 'Work')).code).toBe(0);
  folder.clock.advance(45 * 60_000);
  fullOpens.count = 0;
}

describe('timelock status from checked files', () => {
  it('the first status opens the folder and records the index; the next answers from it with the same figures', async () => {
    await weekWithWork();
    const first = await folder.run('status', '--json');
    expect(fullOpens.count).toBe(1);
    expect(fs.existsSync(path.join(folder.dataDir, CHECKED_FILES))).toBe(true);

    const second = await folder.run('status', '--json');
    expect(fullOpens.count).toBe(1);
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toBe(first.stdout);
    expect(second.json<{ minutes: { work: number } }>().minutes.work).toBe(180 + 45);
    // 225 min is 3.75 h: cut to 3.7, as the tray cuts it, so the cap is never shown reached before it is.
    expect((await folder.run('status')).stdout).toBe('Work 0:45 · 3.8 / 35 h\n');
    expect(fullOpens.count).toBe(1);
  });

  it("this week's month file changed by another process: the change is in the figures", async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    const { mtime } = fs.statSync(shard('2026-03'));
    // One more hour on Monday, written behind Timelock's back, with the file's time put back as it was.
    editShard('2026-03', (doc) => (doc.entries[0]!.end += 3_600_000));
    fs.utimesSync(shard('2026-03'), mtime, mtime);

    const run = await folder.run('status', '--json');
    expect(run.json<{ minutes: { work: number } }>().minutes.work).toBe(240 + 45);
    expect(run.stdout).toBe(await fullStatus());
  });

  it('an older month file changed so that its entry reaches into this week: counted, though that month is not read', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    // The June entry now runs until Monday 30 March, 08:00 Berlin: eight hours of it fall in this week.
    editShard('2025-06', (doc) => (doc.entries[0]!.end = Date.UTC(2026, 2, 30, 6, 0)));

    const run = await folder.run('status', '--json');
    expect(run.code).toBe(0);
    expect(run.json<{ minutes: { work: number } }>().minutes.work).toBe(8 * 60 + 180 + 45);
    expect(run.stdout).toBe(await fullStatus());
  });

  it('a new month file, a removed one, or a timer started elsewhere: the folder is opened the full way', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    fs.copyFileSync(shard('2025-06'), shard('2025-05'));
    expect((await folder.run('status', '--json')).stdout).toBe(await fullStatus());
    expect(fullOpens.count).toBe(3);

    fs.rmSync(shard('2025-06'));
    const withoutJune = await folder.run('status', '--json');
    expect(withoutJune.code).toBe(0);
    expect(fullOpens.count).toBe(4);

    expect((await folder.run('stop')).code).toBe(0);
    await folder.run('status', '--json');
    const stopped = await folder.run('status', '--json');
    expect(stopped.json<{ running: boolean }>().running).toBe(false);
  });

  it('no index, or one Timelock cannot read: the full open, then an index again', async () => {
    await weekWithWork();
    const first = await folder.run('status', '--json');
    fs.writeFileSync(path.join(folder.dataDir, CHECKED_FILES), '{"version": 1, "files": [');
    expect((await folder.run('status', '--json')).stdout).toBe(first.stdout);
    expect(fullOpens.count).toBe(2);
    expect((await folder.run('status', '--json')).stdout).toBe(first.stdout);
    expect(fullOpens.count).toBe(2);
  });

  it('a damaged settings file after the index: recovered from its backup with the same notice as ever, and nothing is lost', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '30')).code).toBe(0);
    await folder.run('status', '--json');
    fs.writeFileSync(path.join(folder.dataDir, 'settings.json'), '{ not json');

    const run = await folder.run('status', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^${NOTICE_PREFIX} settings\\.json could not be used`));
    expect(fs.readdirSync(folder.dataDir).some((name) => name.startsWith('settings.corrupt-'))).toBe(true);
    expect(run.json<{ capMinutes: number }>().capMinutes).toBe(35 * 60);
  });

  it('an interrupted change left in entries-journal.json is replayed by the full open before the figures', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    const march = JSON.parse(fs.readFileSync(shard('2026-03'), 'utf8')) as ShardFile;
    march.entries[0]!.end += 2 * 3_600_000;
    fs.writeFileSync(path.join(folder.dataDir, 'entries-journal.json'), JSON.stringify({ dataVersion: march.dataVersion, shards: { '2026-03': march.entries } }));

    const run = await folder.run('status', '--json');
    expect(run.json<{ minutes: { work: number } }>().minutes.work).toBe(300 + 45);
    expect(fullOpens.count).toBe(2);
    expect(fs.existsSync(path.join(folder.dataDir, 'entries-journal.json'))).toBe(false);
  });

  /** A host (the desktop or browser one) opening the folder, doing one thing through its router, and quitting. */
  async function asHost(channel: 'timer.stop' | 'entries.add', request: object): Promise<void> {
    const store = openDataStore({ dataDir: folder.dataDir, systemTimeZone: 'Europe/Berlin', clock: folder.clock });
    const app = createTimelock({ store, clock: folder.clock });
    const result = await app.router.call(channel, request);
    expect(result.ok).toBe(true);
    app.dispose();
    await store.flush();
  }

  it('after timelock log and stop wrote this month\'s file, the next status still reads only the checked files, with the new figures', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    expect((await folder.run('log', 'Work', '--start', '2026-03-31T09:00', '--end', '2026-03-31T10:30')).code).toBe(0);
    const opens = fullOpens.count;
    const afterLog = await folder.run('status', '--json');
    expect(fullOpens.count).toBe(opens);
    expect(afterLog.json<{ minutes: { work: number } }>().minutes.work).toBe(180 + 90 + 45);
    expect(afterLog.stdout).toBe(await fullStatus());

    expect((await folder.run('status')).code).toBe(0);
    expect((await folder.run('stop')).code).toBe(0);
    const stopsAt = fullOpens.count;
    const afterStop = await folder.run('status', '--json');
    expect(fullOpens.count).toBe(stopsAt);
    expect(afterStop.json<{ running: boolean; minutes: { work: number } }>()).toMatchObject({ running: false, minutes: { work: 180 + 90 + 45 } });
    expect(afterStop.stdout).toBe(await fullStatus());
  });

  it('a host stopped the timer (this month\'s file and the timer rewritten): the next status answers from the checked files', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    folder.clock.advance(15 * 60_000);
    await asHost('timer.stop', {});
    const opens = fullOpens.count;
    const run = await folder.run('status', '--json');
    expect(fullOpens.count).toBe(opens);
    expect(run.json<{ running: boolean; minutes: { work: number } }>()).toMatchObject({ running: false, minutes: { work: 180 + 60 } });
    expect(run.stdout).toBe(await fullStatus());
  });

  it('two writers one after the other (a host, then timelock log in another month): both changes are in the figures', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    await asHost('entries.add', { categoryId: 'work', start: Date.UTC(2026, 2, 31, 7, 0), end: Date.UTC(2026, 2, 31, 8, 0) });
    // April's file is new: the CLI writes it, and lists it for the next reader.
    expect((await folder.run('log', 'Work', '--start', '2026-04-01T08:00', '--end', '2026-04-01T09:00')).code).toBe(0);
    const opens = fullOpens.count;
    const run = await folder.run('status', '--json');
    expect(fullOpens.count).toBe(opens);
    expect(run.json<{ minutes: { work: number } }>().minutes.work).toBe(180 + 60 + 60 + 45);
    expect(run.stdout).toBe(await fullStatus());
  });

  it('a file a host wrote, then changed by something else with its time put back: the change is in the figures', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    await asHost('entries.add', { categoryId: 'work', start: Date.UTC(2026, 2, 31, 7, 0), end: Date.UTC(2026, 2, 31, 8, 0) });
    const { mtime } = fs.statSync(shard('2026-03'));
    editShard('2026-03', (doc) => (doc.entries.find((e) => e.start === Date.UTC(2026, 2, 31, 7, 0))!.end += 3_600_000));
    fs.utimesSync(shard('2026-03'), mtime, mtime);

    const run = await folder.run('status', '--json');
    expect(run.json<{ minutes: { work: number } }>().minutes.work).toBe(180 + 120 + 45);
    expect(run.stdout).toBe(await fullStatus());
  });

  it('an older month changed by something else after a host wrote this month: the folder is opened the full way', async () => {
    await weekWithWork();
    await folder.run('status', '--json');
    await asHost('entries.add', { categoryId: 'work', start: Date.UTC(2026, 2, 31, 7, 0), end: Date.UTC(2026, 2, 31, 8, 0) });
    editShard('2025-06', (doc) => (doc.entries[0]!.end = Date.UTC(2026, 2, 30, 6, 0)));
    const opens = fullOpens.count;
    const run = await folder.run('status', '--json');
    expect(fullOpens.count).toBe(opens + 1);
    expect(run.json<{ minutes: { work: number } }>().minutes.work).toBe(8 * 60 + 180 + 60 + 45);
  });
});
