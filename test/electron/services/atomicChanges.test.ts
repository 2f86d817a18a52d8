// One user change, one step: when the disk refuses a write, a day's total and an idle answer change nothing at all,
// in memory or in the folder. Failures are injected at the storage port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, fromLocal } from '../../../shared/domain/time';
import { AppError } from '../../../shared/result';
import type { DataStore } from '../../../electron/ports';
import { createConfBackend } from '../../../electron/storage/confBackend';
import type { BackendFactory } from '../../../electron/storage/documentBackend';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { folderFingerprint, makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
const local = (h: number, m = 0) => fromLocal(addDays({ year: 2026, month: 11, day: 24 }, 0), h, m, TZ);
const dirs: string[] = [];
let host: TestHost | undefined;
afterEach(() => {
  host?.app.dispose();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The conf backend; `broken.on` makes every write throw (writing nothing), as a full disk would. */
function switchableBackend(broken: { on: boolean }): BackendFactory {
  return (dataDir) => {
    const inner = createConfBackend(dataDir);
    return {
      pathOf: (name) => inner.pathOf(name),
      write(name, document) {
        if (broken.on) throw new Error('simulated: no space left on device');
        inner.write(name, document);
      },
    };
  };
}

function hostOver(store: DataStore, dataDir: string, idleProbe?: { idleSeconds(): number }): TestHost {
  return makeTestHost({ start: local(10), dataDir, storage: 'memory', memory: store, ...(idleProbe ? { idleProbe } : {}) });
}

const snapshot = (store: DataStore) => ({ entries: store.getEntries().map((e) => ({ ...e })), timer: store.getTimer() });

describe('one change, one step', () => {
  it('a day’s total that trims one entry and deletes two is saved whole or, when the disk refuses, not at all', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-atomic-'));
    dirs.push(dataDir);
    const broken = { on: false };
    const store = openDataStore({ dataDir, backend: switchableBackend(broken), systemTimeZone: TZ });
    host = hostOver(store, dataDir);
    const monday = (h: number) => fromLocal({ year: 2026, month: 11, day: 23 }, h, 0, TZ);
    await host.call('entries.add', { categoryId: 'work', start: monday(8), end: monday(10) });
    await host.call('entries.add', { categoryId: 'work', start: monday(11), end: monday(12) });
    await host.call('entries.add', { categoryId: 'work', start: monday(13), end: monday(14) });

    const before = snapshot(store);
    const files = folderFingerprint(dataDir);
    broken.on = true;
    const refused = await host.app.router.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 60 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(snapshot(store)).toEqual(before);
    expect(folderFingerprint(dataDir)).toBe(files);

    broken.on = false;
    const done = await host.call('entries.setDayMinutes', { date: '2026-11-23', categoryId: 'work', minutes: 60 });
    expect([done.trimmed.length, done.removed.length]).toEqual([1, 2]);
    const reopened = openDataStore({ dataDir, systemTimeZone: TZ });
    expect(reopened.getEntries().map((e) => [e.start, e.end])).toEqual([[monday(8), monday(9)]]);
  });

  it('moving idle time: when the timer cannot be saved, the entries written for the answer are taken back', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-atomic-'));
    dirs.push(dataDir);
    const inner = openDataStore({ dataDir, systemTimeZone: TZ });
    let timerWrites = 0;
    let failTimerWrite = false;
    const store: DataStore = {
      ...inner,
      setTimer(timer) {
        timerWrites++;
        if (failTimerWrite) throw new AppError('storage', 'Timelock could not save timer.json: no space left on device');
        inner.setTimer(timer);
      },
    };
    // Away 10:20–11:05 from a work timer started at 10:00; back at 11:10.
    const probe = {
      idleSeconds: () => {
        const now = host!.clock.now();
        return now >= local(10, 20) && now < local(11, 5) ? Math.floor((now - local(10, 20)) / 1000) : 0;
      },
    };
    host = hostOver(store, dataDir, probe);
    host.app.start();
    await host.call('timer.start', { categoryId: 'work', note: 'report' });
    host.timers.runTo(local(11, 10));
    expect(await host.call('idle.pending', {})).not.toBeNull();

    const before = snapshot(store);
    failTimerWrite = true;
    const writesBefore = timerWrites;
    const refused = await host.app.router.call('idle.resolve', { choice: 'move', categoryId: 'fitness' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(timerWrites).toBe(writesBefore + 1);
    expect(snapshot(store)).toEqual(before);
    expect(openDataStore({ dataDir, systemTimeZone: TZ }).getEntries()).toEqual([]);
    // The question is still open, and answered once the disk takes writes again.
    failTimerWrite = false;
    const answer = await host.call('idle.resolve', { choice: 'move', categoryId: 'fitness' });
    expect(answer.entries.map((e) => [e.categoryId, e.start, e.end])).toEqual([
      ['work', local(10), local(10, 20)],
      ['fitness', local(10, 20), local(11, 5)],
    ]);
  });
});
