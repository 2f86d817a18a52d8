// What a restore checks in a backup's entries beyond its schema, which judges each value alone. A backup edited by
// hand (or written by something else) is refused in words, naming the entry as the import does, with nothing changed:
// not the data, not the backups folder (no before-restore backup is made for a restore that does not happen).
// What Timelock itself can hold is restored as it is, even where an import would refuse it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint, makeTestHost, type TestHost } from '../../support/testHost';
import { at, refused } from './importFixtures';

type Doc = { entries: Array<Record<string, unknown>>; categories: Array<Record<string, unknown>> };

async function seed(host: TestHost): Promise<void> {
  await host.call('entries.add', { categoryId: 'work', start: at('2026-11-23T09:00:00+01:00'), end: at('2026-11-23T12:00:00+01:00'), note: 'Report' });
  await host.call('entries.add', { categoryId: 'work', start: at('2026-11-23T13:00:00+01:00'), end: at('2026-11-23T14:00:00+01:00') });
}

describe('a restore checks the entries of the backup before it changes anything', () => {
  let host: TestHost;
  const temps: string[] = [];
  afterEach(() => {
    host?.cleanup();
    temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  });

  /** The whole data exported, changed by `edit`, written to a file of its own. */
  async function editedExport(edit: (doc: Doc) => void, raw?: (text: string) => string): Promise<string> {
    const doc = JSON.parse((await host.call('export.data', { format: 'json' })).content) as Doc;
    edit(doc);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-restore-check-'));
    temps.push(dir);
    const file = path.join(dir, 'edited.json');
    const text = JSON.stringify(doc);
    fs.writeFileSync(file, raw ? raw(text) : text);
    return file;
  }

  /** Refused with `code` and words matching `says`; the data folder (backups included) exactly as before. */
  async function expectRefused(channel: 'backup.restore' | 'backup.restoreFile', request: unknown, says: RegExp) {
    const entries = [...host.app.store.getEntries()];
    const before = folderFingerprint(host.dataDir);
    const error = await refused(host, channel, request);
    expect(error.code).toBe('bad-request');
    expect(error.message).toMatch(says);
    expect(folderFingerprint(host.dataDir)).toBe(before);
    expect(host.app.store.getEntries()).toEqual(entries);
    host = host.reopen();
    expect(host.app.store.getEntries()).toEqual(entries);
    return error;
  }

  it('a backup holding an entry that ends before it starts is refused, naming the entry as the import does', async () => {
    host = makeTestHost();
    await seed(host);
    const backup = await host.call('backup.create', {});
    const doc = JSON.parse(fs.readFileSync(backup.path, 'utf8')) as Doc;
    const second = doc.entries[1]!;
    [second.start, second.end] = [second.end, second.start];
    fs.writeFileSync(backup.path, JSON.stringify(doc));
    await host.call('entries.add', { categoryId: 'work', start: at('2026-11-24T08:00:00+01:00'), end: at('2026-11-24T09:00:00+01:00') });

    const error = await expectRefused('backup.restore', { id: backup.id }, /^timelock-2026-11-24-100000 was not restored: entry 2: it ends before it starts\. Your data is unchanged\.$/);
    expect(error.issues).toEqual([{ path: 'entry 2', message: 'entry 2: it ends before it starts.' }]);
  });

  it('a backup file holding two entries with the same id is refused: the store keeps one entry per id', async () => {
    host = makeTestHost();
    await seed(host);
    const file = await editedExport((doc) => {
      doc.entries.push({ ...doc.entries[0]!, id: doc.entries[1]!.id, start: at('2026-11-23T15:00:00+01:00'), end: at('2026-11-23T16:00:00+01:00') });
    });
    await expectRefused('backup.restoreFile', { path: file }, /was not restored: entry 3: it has the same id as entry 2\. Your data is unchanged\.$/);
  });

  it('several problems are counted in the message and each named as an issue, as an import names its rows', async () => {
    host = makeTestHost();
    await seed(host);
    const file = await editedExport((doc) => {
      const [first] = doc.entries;
      for (let n = 0; n < 4; n++) doc.entries.push({ ...first, id: `backwards-${n}`, start: first!.end, end: first!.start });
    });
    const error = await expectRefused('backup.restoreFile', { path: file }, /was not restored: 4 of its entries cannot be kept as they are, listed by entry\. Your data is unchanged\.$/);
    expect(error.issues?.map((i) => i.path)).toEqual(['entry 3', 'entry 4', 'entry 5', 'entry 6']);
    expect(error.issues?.[0]?.message).toBe('entry 3: it ends before it starts.');
  });

  it('start and end must be instants: a number too large to be one (Infinity once read) is refused by the schema', async () => {
    host = makeTestHost();
    await seed(host);
    const file = await editedExport(
      (doc) => {
        doc.entries[0]!.end = 123456789;
      },
      (text) => text.replace('"end":123456789', '"end":1e999'),
    );
    await expectRefused('backup.restoreFile', { path: file }, /is not a Timelock backup: its entries are not valid: entries\.0\.end/);
  });

  it('what Timelock itself can hold is restored as it is: an entry of no length, one whose category is gone, two kept overlapping', async () => {
    // An entry may last no time (entryRules); a settings file reset to the defaults leaves entries of categories that
    // are gone; keeping both of two overlapping entries is a sync conflict's answer. A backup made then must come back.
    host = makeTestHost();
    await seed(host);
    const file = await editedExport((doc) => {
      const [first] = doc.entries;
      doc.entries.push({ ...first, id: 'no-length', start: at('2026-11-23T20:00:00+01:00'), end: at('2026-11-23T20:00:00+01:00') });
      doc.entries.push({ ...first, id: 'gone-category', categoryId: 'no-such-category', start: at('2026-11-22T09:00:00+01:00'), end: at('2026-11-22T10:00:00+01:00') });
      doc.entries.push({ ...first, id: 'overlapping', start: at('2026-11-23T11:00:00+01:00'), end: at('2026-11-23T13:30:00+01:00') });
    });
    const result = await host.call('backup.restoreFile', { path: file });
    expect(result.entries).toBe(5);
    host = host.reopen();
    expect(host.app.store.getEntries().map((e) => e.id)).toEqual(expect.arrayContaining(['no-length', 'gone-category', 'overlapping']));
  });
});
